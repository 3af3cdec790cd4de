package org.rbe.governance.minutes;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.rbe.governance.minutes.MinutesContent.Allocation;
import org.rbe.governance.minutes.MinutesContent.CompositionRow;
import org.rbe.governance.minutes.MinutesContent.Correlation;
import org.rbe.governance.minutes.MinutesContent.Dataset;
import org.rbe.governance.minutes.MinutesContent.ExpertReview;
import org.rbe.governance.minutes.MinutesContent.Jury;
import org.rbe.governance.minutes.MinutesContent.OptionTotal;
import org.rbe.governance.minutes.MinutesContent.ReviewDecision;
import org.rbe.governance.minutes.MinutesContent.Scenario;
import org.rbe.governance.minutes.MinutesContent.Tally;
import org.rbe.governance.minutes.MinutesContent.TimelineEntry;
import org.rbe.governance.minutes.MinutesContent.Veto;

/** Minutes of the wheat shortage example from the source document, decided by a jury of 500. */
final class MinutesFixtures {
    static final String DOCUMENT_ID = "MIN-2025-000042";
    static final String MERKLE_ROOT = "3f9a1c0e5b7d2468ace13579bdf02468ace13579bdf02468ace13579bdf0aa11";
    static final String AUDIT_HEAD = "9d2e7b41c0a8f3e6d5c4b3a29180f7e6d5c4b3a29180f7e6d5c4b3a29180ffee";
    static final String SEED = "20250317-7f3c9a51e2b84d06";
    static final Instant T0 = Instant.parse("2025-03-10T08:00:00Z");

    private MinutesFixtures() {
    }

    static MinutesContent wheatDecision(Locale locale, String merkleRoot, String auditHead) {
        return new MinutesContent(DOCUMENT_ID, locale, 42L, "Распределение пшеницы в Северном регионе",
                "Продовольствие: пшеница", "Северный регион",
                "Утверждён сценарий B: импорт из соседнего региона и замена до 20 % киноа",
                "Жюри из 500 граждан утвердило сценарий B большинством голосов при кворуме 60 %.",
                "Клерк Иванова А. П.", T0.plusSeconds(9 * 86400),
                List.of(new Dataset("wheat-stocks-2025-03.csv",
                                "a3c5e7f9b1d3e5f7a9c1e3f5b7d9f1a3c5e7f9b1d3e5f7a9c1e3f5b7d9f1a3c5", 1200),
                        new Dataset("population-north.csv",
                                "0b1d2f3a4c5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f708192a3b4c5d6e7f8", 10000)),
                List.of(new Correlation("Запасы пшеницы", "Обеспеченность калориями", 0.82, 0.0004, true),
                        new Correlation("Импорт зерна", "Цена логистики", -0.41, 0.03, false)),
                scenarios(),
                List.of(new ExpertReview(1, "Петров С. В.", ReviewDecision.ANNOTATE, "Уточнить норму 0,5 кг/сутки."),
                        new ExpertReview(1, "Smith J.", ReviewDecision.RETURN, "Recalculate transport losses."),
                        new ExpertReview(2, "Петров С. В.", ReviewDecision.APPROVE, "Расчёты верны.")),
                List.of(new Veto("D", "Кузнецова Е. Н.",
                        "Нормирование ниже 3000 ккал/сутки нарушает конституционную норму.")),
                jury(), tally(), merkleRoot, auditHead, timeline());
    }

    private static List<Scenario> scenarios() {
        List<Scenario> result = new ArrayList<>();
        String[] labels = {"A", "B", "C", "D"};
        String[] titles = {"Только местные запасы", "Импорт и киноа", "Резерв и импорт", "Нормирование"};
        for (int i = 0; i < labels.length; i++) {
            result.add(new Scenario(labels[i], titles[i],
                    "1000 т пшеницы при норме 0,5 кг/сутки покрывают 5479 человек из 10 000; сценарий "
                            + labels[i] + " закрывает разницу по-своему.",
                    List.of(new Allocation("Северный", "пшеница", "местные запасы", 1000, "т"),
                            new Allocation("Южный", "пшеница", "импорт", 300.0 + i * 50, "т"),
                            new Allocation("Северный", "киноа", "замена", 180, "т")),
                    i == 3));
        }
        return result;
    }

    private static Jury jury() {
        List<CompositionRow> rows = new ArrayList<>();
        String[] regions = {"Северный", "Южный", "Восточный", "Западный", "Центральный"};
        for (String region : regions) {
            rows.add(new CompositionRow("region", region, 100, 100));
        }
        String[] ages = {"18-29", "30-44", "45-59", "60-74", "75+"};
        int[] ageTargets = {105, 130, 125, 100, 40};
        for (int i = 0; i < ages.length; i++) {
            rows.add(new CompositionRow("ageBand", ages[i], ageTargets[i], ageTargets[i] + (i == 0 ? 1 : i == 4 ? -1 : 0)));
        }
        rows.add(new CompositionRow("gender", "female", 260, 260));
        rows.add(new CompositionRow("gender", "male", 240, 240));
        String[] education = {"primary", "secondary", "vocational", "higher"};
        int[] educationTargets = {50, 175, 125, 150};
        for (int i = 0; i < education.length; i++) {
            rows.add(new CompositionRow("education", education[i], educationTargets[i], educationTargets[i]));
        }
        return new Jury(500, "LEXIMIN: стратифицированный отбор с квотами (Flanigan et al., 2021)", SEED,
                "java -jar governance-app.jar draw --case 42 --seed " + SEED + " --pool registry-2025-03-01",
                rows);
    }

    private static Tally tally() {
        return new Tally(500, 487, 97.4, 60.0, true, "Простое большинство поданных голосов",
                "При равенстве голосов дело возвращается на доработку",
                List.of(new OptionTotal("Сценарий A", 61), new OptionTotal("Сценарий B", 301),
                        new OptionTotal("Сценарий C", 98), new OptionTotal("Вернуть на доработку", 27)),
                "Сценарий B");
    }

    private static List<TimelineEntry> timeline() {
        String[][] steps = {
                {"data", "Загружены данные о запасах"}, {"analysis", "Опубликованы корреляции"},
                {"scenarios", "Сформировано 4 сценария"}, {"review", "Эксперты вернули набор на доработку"},
                {"review", "Эксперты одобрили набор"}, {"ethics", "Сценарий D отклонён"},
                {"jury", "Жеребьёвка 500 присяжных"}, {"vote", "Голосование закрыто"},
                {"publication", "Протокол опубликован"}};
        List<TimelineEntry> result = new ArrayList<>();
        for (int i = 0; i < steps.length; i++) {
            result.add(new TimelineEntry(T0.plusSeconds(i * 86400L), steps[i][0], steps[i][1]));
        }
        return result;
    }
}
