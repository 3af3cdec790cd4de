package org.rbe.governance.publication.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rbe.governance.publication.DecisionRegister;
import org.rbe.governance.publication.RegisterEntry;
import org.rbe.governance.publication.RegisterQuery;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The register's open data: JSON and CSV exports and the Atom feed, with the register's filters. */
class RegisterExportsTests {
    private static final String ATOM_NS = "http://www.w3.org/2005/Atom";
    private static final RegisterEntry WHEAT = new RegisterEntry(42, "DC-42-20250319", "Распределение пшеницы, север",
            "продовольствие", "Северный", "Сценарий B: импорт и \"киноа\"", "Жюри утвердило сценарий B,\nбольшинством.",
            "Клерк Иванова", Instant.parse("2025-03-19T08:00:00Z"), "ab".repeat(32), true);
    private static final RegisterEntry WATER = new RegisterEntry(7, "DC-7-20250301", "Water for the south", "water",
            "South", "REWORK", "Back to the drawing board", "clerk1", Instant.parse("2025-03-01T10:00:00Z"),
            "cd".repeat(32), false);

    private final DecisionRegister register = mock(DecisionRegister.class);
    private MockMvc mvc;

    @BeforeEach
    void setUp() {
        Clock clock = Clock.fixed(Instant.parse("2025-04-01T12:00:00Z"), ZoneOffset.UTC);
        mvc = MockMvcBuilders.standaloneSetup(new RegisterExports(register, clock, "https://register.example.org/")).build();
        when(register.search(RegisterQuery.ALL)).thenReturn(List.of(WHEAT, WATER));
        when(register.latest(RegisterExports.FEED_SIZE)).thenReturn(List.of(WHEAT, WATER));
    }

    @Test
    void jsonExportListsEveryDecisionWithAbsoluteLinks() throws Exception {
        mvc.perform(get("/public/decisions.json"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("application/json"))
                .andExpect(header().string("Access-Control-Allow-Origin", "*"))
                .andExpect(jsonPath("$.register").value("Public register of decisions"))
                .andExpect(jsonPath("$.generatedAt").value("2025-04-01T12:00:00Z"))
                .andExpect(jsonPath("$.count").value(2))
                .andExpect(jsonPath("$.filters").isEmpty())
                .andExpect(jsonPath("$.decisions[0].caseId").value(42))
                .andExpect(jsonPath("$.decisions[0].documentId").value("DC-42-20250319"))
                .andExpect(jsonPath("$.decisions[0].title").value("Распределение пшеницы, север"))
                .andExpect(jsonPath("$.decisions[0].publishedAt").value("2025-03-19T08:00:00Z"))
                .andExpect(jsonPath("$.decisions[0].outcomeKind").value("APPROVED"))
                .andExpect(jsonPath("$.decisions[0].developmentKey").value(true))
                .andExpect(jsonPath("$.decisions[0].minutesSha256").value("ab".repeat(32)))
                .andExpect(jsonPath("$.decisions[0].page").value("https://register.example.org/register/42"))
                .andExpect(jsonPath("$.decisions[0].minutes").value("https://register.example.org/public/decisions/42/minutes.pdf"))
                .andExpect(jsonPath("$.decisions[1].outcomeKind").value("REWORK"));
    }

    @Test
    void exportsTakeTheRegistersFilters() throws Exception {
        RegisterQuery query = new RegisterQuery("пшениц", LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 31),
                "продовольствие", "Северный", "APPROVED");
        when(register.search(query)).thenReturn(List.of(WHEAT));

        mvc.perform(get("/public/decisions.json").param("q", "пшениц").param("from", "2025-03-01")
                        .param("to", "2025-03-31").param("topic", "продовольствие").param("region", "Северный")
                        .param("outcome", "approved"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.count").value(1))
                .andExpect(jsonPath("$.filters.region").value("Северный"))
                .andExpect(jsonPath("$.filters.outcome").value("APPROVED"))
                .andExpect(jsonPath("$.decisions[0].caseId").value(42));
        String csv = mvc.perform(get("/public/decisions.csv").param("region", "Северный").param("q", "пшениц")
                        .param("from", "2025-03-01").param("to", "2025-03-31").param("topic", "продовольствие")
                        .param("outcome", "APPROVED"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv.split("\r\n")).hasSize(2);
    }

    @Test
    void badFiltersAreRefused() throws Exception {
        mvc.perform(get("/public/decisions.json").param("outcome", "MAYBE")).andExpect(status().isBadRequest());
        mvc.perform(get("/public/decisions.csv").param("from", "19 March")).andExpect(status().isBadRequest());
        verify(register, never()).search(org.mockito.ArgumentMatchers.any(RegisterQuery.class));
    }

    @Test
    void csvExportIsUtf8Rfc4180WithAHeader() throws Exception {
        byte[] body = mvc.perform(get("/public/decisions.csv"))
                .andExpect(status().isOk())
                .andExpect(content().contentType("text/csv;charset=UTF-8"))
                .andExpect(header().string("Content-Disposition", "inline; filename=\"decisions.csv\""))
                .andReturn().getResponse().getContentAsByteArray();
        String csv = new String(body, StandardCharsets.UTF_8);

        assertThat(csv).startsWith("caseId,documentId,publishedAt,title,topic,region,outcomeKind,outcome,summary,"
                + "publishedBy,minutesSha256,developmentKey,page,minutes\r\n");
        assertThat(csv).contains("42,DC-42-20250319,2025-03-19T08:00:00Z,\"Распределение пшеницы, север\",продовольствие,"
                + "Северный,APPROVED,\"Сценарий B: импорт и \"\"киноа\"\"\",\"Жюри утвердило сценарий B,\nбольшинством.\","
                + "Клерк Иванова," + "ab".repeat(32) + ",true,https://register.example.org/register/42,"
                + "https://register.example.org/public/decisions/42/minutes.pdf\r\n");
        assertThat(csv).contains("\r\n7,DC-7-20250301,2025-03-01T10:00:00Z,Water for the south,water,South,REWORK,REWORK,");
        assertThat(csv).endsWith("\r\n");
    }

    @Test
    void atomFeedAnnouncesTheNewestDecisions() throws Exception {
        byte[] body = mvc.perform(get("/public/decisions.atom"))
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/atom+xml;charset=UTF-8"))
                .andReturn().getResponse().getContentAsByteArray();
        Document feed = parse(body);
        Element root = feed.getDocumentElement();

        assertThat(root.getLocalName()).isEqualTo("feed");
        assertThat(root.getNamespaceURI()).isEqualTo(ATOM_NS);
        assertThat(text(root, "title")).isEqualTo("Public register of decisions");
        assertThat(text(root, "updated")).isEqualTo("2025-03-19T08:00:00Z");
        assertThat(text(root, "id")).startsWith("urn:uuid:");
        NodeList entries = root.getElementsByTagNameNS(ATOM_NS, "entry");
        assertThat(entries.getLength()).isEqualTo(2);
        Element first = (Element) entries.item(0);
        assertThat(text(first, "title")).isEqualTo("#42 Распределение пшеницы, север");
        assertThat(text(first, "published")).isEqualTo("2025-03-19T08:00:00Z");
        assertThat(text(first, "name")).isEqualTo("Клерк Иванова");
        assertThat(text(first, "summary")).startsWith("Approved: Сценарий B").contains("DC-42-20250319", "ab".repeat(32));
        assertThat(links(first)).containsExactly("alternate https://register.example.org/register/42",
                "enclosure https://register.example.org/public/decisions/42/minutes.pdf");
        assertThat(text((Element) entries.item(1), "summary")).startsWith("Returned for rework");
        assertThat(links(root)).contains("self https://register.example.org/public/decisions.atom");

        Document again = parse(mvc.perform(get("/public/decisions.atom")).andReturn().getResponse().getContentAsByteArray());
        assertThat(text((Element) again.getDocumentElement().getElementsByTagNameNS(ATOM_NS, "entry").item(0), "id"))
                .as("entry ids are stable").isEqualTo(text(first, "id"));
    }

    @Test
    void atomFeedOfAFilteredRegisterForSubscribersOfOneRegion() throws Exception {
        when(register.search(RegisterQuery.ALL.withRegion("South"))).thenReturn(List.of(WATER));

        Document feed = parse(mvc.perform(get("/public/decisions.atom").param("region", "South"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray());

        assertThat(feed.getDocumentElement().getElementsByTagNameNS(ATOM_NS, "entry").getLength()).isEqualTo(1);
        assertThat(links(feed.getDocumentElement())).contains("self https://register.example.org/public/decisions.atom?region=South");
    }

    @Test
    void anEmptyRegisterGivesAValidEmptyFeed() throws Exception {
        when(register.latest(RegisterExports.FEED_SIZE)).thenReturn(List.of());

        Document feed = parse(mvc.perform(get("/public/decisions.atom")).andReturn().getResponse().getContentAsByteArray());

        assertThat(text(feed.getDocumentElement(), "updated")).isEqualTo("1970-01-01T00:00:00Z");
        assertThat(feed.getDocumentElement().getElementsByTagNameNS(ATOM_NS, "entry").getLength()).isZero();
    }

    private static Document parse(byte[] xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    private static String text(Element parent, String name) {
        return parent.getElementsByTagNameNS(ATOM_NS, name).item(0).getTextContent();
    }

    private static List<String> links(Element parent) {
        List<String> links = new java.util.ArrayList<>();
        for (org.w3c.dom.Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element e && "link".equals(e.getLocalName())) {
                links.add(e.getAttribute("rel") + " " + e.getAttribute("href"));
            }
        }
        return links;
    }
}
