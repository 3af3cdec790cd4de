package org.rbe.governance.scenarios.internal;

import java.util.Map;

/** Titles, rationales and Russian resource names used in explanations. */
final class Titles {
    private static final Map<String, String> RU_GENITIVE = Map.of("wheat", "пшеницы", "quinoa", "киноа");

    private Titles() {
    }

    /** The resource name in the Russian genitive where known ("запасы пшеницы"). */
    static String ruGenitive(String resource) {
        return RU_GENITIVE.getOrDefault(resource, resource);
    }

    static String en(Strategy.Kind kind, String substitute) {
        return switch (kind) {
            case LOCAL -> "local self-sufficiency";
            case TRANSFERS -> "regional transfers";
            case IMPORT -> "import";
            case SUBSTITUTION -> "substitution with " + substitute;
            case RESERVE -> "maximum reserve";
        };
    }

    static String ru(Strategy.Kind kind, String substitute) {
        return switch (kind) {
            case LOCAL -> "местная самодостаточность";
            case TRANSFERS -> "переброски между регионами";
            case IMPORT -> "импорт";
            case SUBSTITUTION -> "замена на " + ruGenitive(substitute);
            case RESERVE -> "максимальный резерв";
        };
    }

    static String rationaleEn(Strategy.Kind kind) {
        return switch (kind) {
            case LOCAL -> "Each region relies first on its own stocks and its own substitutes; transfers and imports are the last resort.";
            case TRANSFERS -> "Regions with surpluses share with those short of food so that every region keeps a similar share of its need in reserve.";
            case IMPORT -> "Import capacity is used so that local stocks stay in reserve; transfers between regions are kept low.";
            case SUBSTITUTION -> "The substitute replaces as much of the staple as the norm allows, saving the staple for later.";
            case RESERVE -> "Every lever (imports, substitution, transfers) is used to leave as much of the staple in store as possible.";
        };
    }

    static String rationaleRu(Strategy.Kind kind) {
        return switch (kind) {
            case LOCAL -> "Каждый регион опирается прежде всего на свои запасы и свои заменители; переброски и импорт — крайняя мера.";
            case TRANSFERS -> "Регионы с излишками делятся с теми, кому не хватает, чтобы у каждого региона оставалась сходная доля потребности в резерве.";
            case IMPORT -> "Импортные мощности используются, чтобы местные запасы оставались в резерве; переброски между регионами минимальны.";
            case SUBSTITUTION -> "Заменитель замещает основной продукт настолько, насколько позволяет норма, сберегая основной продукт на будущее.";
            case RESERVE -> "Все рычаги (импорт, замена, переброски) используются, чтобы оставить на складах как можно больше основного продукта.";
        };
    }

    static String leverEn(Strategy.Lever lever) {
        return switch (lever) {
            case TRANSFER -> "transfers out of each region";
            case IMPORT -> "imports";
            case SUBSTITUTION -> "substitution";
        };
    }

    static String leverRu(Strategy.Lever lever) {
        return switch (lever) {
            case TRANSFER -> "вывоз из каждого региона";
            case IMPORT -> "импорт";
            case SUBSTITUTION -> "замена";
        };
    }
}
