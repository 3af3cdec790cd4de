package org.rbe.governance.publication.internal;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.rbe.governance.publication.DecisionRegister;
import org.rbe.governance.publication.RegisterEntry;
import org.rbe.governance.publication.RegisterQuery;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The register as open data, for everyone without login: {@code /public/decisions.json}, {@code .csv} and an Atom
 * feed of new decisions at {@code .atom}. All three take the register's filters as query parameters: {@code q}
 * (text), {@code from} and {@code to} (ISO dates, UTC), {@code topic}, {@code region}, {@code outcome}
 * ({@code APPROVED}, {@code REWORK}, {@code NO_QUORUM}).
 */
@RestController
class RegisterExports {
    static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);
    static final MediaType ATOM = new MediaType("application", "atom+xml", StandardCharsets.UTF_8);
    static final int FEED_SIZE = 50;
    static final String REGISTER_NAME = "Public register of decisions";
    private static final List<String> COLUMNS = List.of("caseId", "documentId", "publishedAt", "title", "topic",
            "region", "outcomeKind", "outcome", "summary", "publishedBy", "minutesSha256", "developmentKey", "page",
            "minutes");
    private static final CacheControl CACHE = CacheControl.noCache().cachePublic();

    private final DecisionRegister register;
    private final Clock clock;
    /** Where the public reaches this register; links in open data start with it, never with a request's Host. */
    private final String publicBaseUrl;

    RegisterExports(DecisionRegister register, Clock clock,
                    @Value("${governance.public-base-url:http://localhost:8080}") String publicBaseUrl) {
        this.register = register;
        this.clock = clock;
        this.publicBaseUrl = publicBaseUrl.endsWith("/") ? publicBaseUrl.substring(0, publicBaseUrl.length() - 1)
                : publicBaseUrl;
    }

    /** One decision in the open-data exports; times in ISO-8601 UTC, links absolute. */
    record OpenDataDecision(long caseId, String documentId, String publishedAt, String title, String topic,
                            String region, String outcomeKind, String outcome, String summary, String publishedBy,
                            String minutesSha256, boolean developmentKey, String page, String minutes) {

        static OpenDataDecision of(RegisterEntry e, String base) {
            return new OpenDataDecision(e.caseId(), e.documentId(), DateTimeFormatter.ISO_INSTANT.format(e.publishedAt()),
                    e.title(), e.topic(), e.region(), e.outcomeKind(), e.outcome(), e.summary(), e.publishedBy(),
                    e.minutesSha256(), e.developmentKey(), pageUrl(base, e), minutesUrl(base, e));
        }

        List<String> cells() {
            return List.of(String.valueOf(caseId), documentId, publishedAt, title, topic, region, outcomeKind, outcome,
                    nullToEmpty(summary), publishedBy, minutesSha256, String.valueOf(developmentKey), page, minutes);
        }
    }

    /** The JSON export: what it is, when it was made, and the decisions, newest first. */
    record OpenDataExport(String register, String generatedAt, Map<String, String> filters, int count,
                          List<OpenDataDecision> decisions) {
    }

    @GetMapping(value = "/public/decisions.json", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<OpenDataExport> json(@RequestParam(required = false) String q,
                                        @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                        @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                        @RequestParam(required = false) String topic,
                                        @RequestParam(required = false) String region,
                                        @RequestParam(required = false) String outcome) {
        RegisterQuery query = query(q, from, to, topic, region, outcome);
        String base = baseUrl();
        List<OpenDataDecision> decisions = register.search(query).stream().map(e -> OpenDataDecision.of(e, base)).toList();
        return ResponseEntity.ok().cacheControl(CACHE).contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "*")
                .body(new OpenDataExport(REGISTER_NAME, DateTimeFormatter.ISO_INSTANT.format(clock.instant()),
                        filters(query), decisions.size(), decisions));
    }

    @GetMapping(value = "/public/decisions.csv", produces = "text/csv")
    ResponseEntity<byte[]> csv(@RequestParam(required = false) String q,
                               @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                               @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                               @RequestParam(required = false) String topic,
                               @RequestParam(required = false) String region,
                               @RequestParam(required = false) String outcome) {
        RegisterQuery query = query(q, from, to, topic, region, outcome);
        String base = baseUrl();
        StringBuilder csv = new StringBuilder();
        line(csv, COLUMNS);
        register.search(query).forEach(e -> line(csv, OpenDataDecision.of(e, base).cells()));
        return ResponseEntity.ok().cacheControl(CACHE).contentType(CSV)
                .header(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "*")
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename("decisions.csv").build()
                        .toString())
                .body(csv.toString().getBytes(StandardCharsets.UTF_8));
    }

    @GetMapping(value = "/public/decisions.atom", produces = "application/atom+xml")
    ResponseEntity<byte[]> atom(@RequestParam(required = false) String q,
                                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                @RequestParam(required = false) String topic,
                                @RequestParam(required = false) String region,
                                @RequestParam(required = false) String outcome) {
        RegisterQuery query = query(q, from, to, topic, region, outcome);
        List<RegisterEntry> entries = query.isEmpty() ? register.latest(FEED_SIZE)
                : register.search(query).stream().limit(FEED_SIZE).toList();
        UriComponentsBuilder selfUrl = UriComponentsBuilder.fromUriString(publicBaseUrl).path("/public/decisions.atom");
        filters(query).forEach(selfUrl::queryParam);
        String self = selfUrl.encode().build().toUriString();
        try {
            return ResponseEntity.ok().cacheControl(CACHE).contentType(ATOM)
                    .body(feed(entries, baseUrl(), self).getBytes(StandardCharsets.UTF_8));
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Cannot write the Atom feed", e);
        }
    }

    private String feed(List<RegisterEntry> entries, String base, String self) throws XMLStreamException {
        StringWriter text = new StringWriter();
        XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(text);
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeStartElement("feed");
        xml.writeDefaultNamespace("http://www.w3.org/2005/Atom");
        element(xml, "id", "urn:uuid:" + uuid("feed"));
        element(xml, "title", REGISTER_NAME);
        element(xml, "subtitle", "Decisions published with their signed minutes");
        Instant updated = entries.isEmpty() ? Instant.EPOCH : entries.get(0).publishedAt();
        element(xml, "updated", DateTimeFormatter.ISO_INSTANT.format(updated));
        link(xml, "self", self, "application/atom+xml");
        link(xml, "alternate", base + "/register", "text/html");
        element(xml, "generator", "Governance register");
        for (RegisterEntry e : entries) {
            xml.writeStartElement("entry");
            element(xml, "id", "urn:uuid:" + uuid("decision:" + e.documentId()));
            element(xml, "title", "#" + e.caseId() + " " + e.title());
            String published = DateTimeFormatter.ISO_INSTANT.format(e.publishedAt());
            element(xml, "published", published);
            element(xml, "updated", published);
            xml.writeStartElement("author");
            element(xml, "name", e.publishedBy());
            xml.writeEndElement();
            category(xml, "topic", e.topic());
            category(xml, "region", e.region());
            category(xml, "outcome", e.outcomeKind());
            link(xml, "alternate", pageUrl(base, e), "text/html");
            link(xml, "enclosure", minutesUrl(base, e), "application/pdf");
            element(xml, "summary", outcomeText(e) + (e.summary() == null || e.summary().isBlank() ? ""
                    : " \u2014 " + e.summary()) + " (document " + e.documentId() + ", SHA-256 " + e.minutesSha256() + ")");
            xml.writeEndElement();
        }
        xml.writeEndElement();
        xml.writeEndDocument();
        xml.close();
        return text.toString();
    }

    private static String outcomeText(RegisterEntry e) {
        return switch (e.outcomeKind()) {
            case "REWORK" -> "Returned for rework";
            case "NO_QUORUM" -> "No quorum";
            default -> "Approved: " + e.outcome();
        };
    }

    private static void element(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(value == null ? "" : value);
        xml.writeEndElement();
    }

    private static void link(XMLStreamWriter xml, String rel, String href, String type) throws XMLStreamException {
        xml.writeEmptyElement("link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("type", type);
        xml.writeAttribute("href", href);
    }

    private static void category(XMLStreamWriter xml, String scheme, String term) throws XMLStreamException {
        if (term != null && !term.isBlank()) {
            xml.writeEmptyElement("category");
            xml.writeAttribute("scheme", "urn:governance-register:" + scheme);
            xml.writeAttribute("term", term);
        }
    }

    private static RegisterQuery query(String q, LocalDate from, LocalDate to, String topic, String region,
                                       String outcome) {
        RegisterQuery query = new RegisterQuery(q, from, to, topic, region, outcome);
        if (query.outcome() != null && !RegisterEntry.OUTCOME_KINDS.contains(query.outcome())) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
                    "outcome must be one of APPROVED, REWORK, NO_QUORUM");
        }
        return query;
    }

    /** The filters in effect, by their query-parameter names. */
    private static Map<String, String> filters(RegisterQuery query) {
        Map<String, String> filters = new LinkedHashMap<>();
        putIfSet(filters, "q", query.text());
        putIfSet(filters, "from", query.from() == null ? null : query.from().toString());
        putIfSet(filters, "to", query.to() == null ? null : query.to().toString());
        putIfSet(filters, "topic", query.topic());
        putIfSet(filters, "region", query.region());
        putIfSet(filters, "outcome", query.outcome());
        return filters;
    }

    private static void putIfSet(Map<String, String> map, String key, String value) {
        if (value != null) {
            map.put(key, value);
        }
    }

    /** A name-based UUID that stays the same for the same decision on every request and every server. */
    private static UUID uuid(String name) {
        return UUID.nameUUIDFromBytes(("governance-register:" + name).getBytes(StandardCharsets.UTF_8));
    }

    private String baseUrl() {
        return publicBaseUrl;
    }

    static String pageUrl(String base, RegisterEntry e) {
        return base + "/register/" + e.caseId();
    }

    static String minutesUrl(String base, RegisterEntry e) {
        return base + "/public/decisions/" + e.caseId() + "/minutes.pdf";
    }

    /** One CSV record (RFC 4180): fields with a comma, quote or line break are quoted, quotes doubled; CRLF at the end. */
    static void line(StringBuilder csv, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                csv.append(',');
            }
            String cell = nullToEmpty(cells.get(i));
            if (cell.indexOf(',') >= 0 || cell.indexOf('"') >= 0 || cell.indexOf('\n') >= 0 || cell.indexOf('\r') >= 0) {
                csv.append('"').append(cell.replace("\"", "\"\"")).append('"');
            } else {
                csv.append(cell);
            }
        }
        csv.append("\r\n");
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
