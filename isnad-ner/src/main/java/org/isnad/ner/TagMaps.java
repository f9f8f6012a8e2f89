package org.isnad.ner;

import java.util.function.UnaryOperator;

/**
 * Maps other corpora's tag sets onto the ANERcorp set (PERS, LOC, ORG, MISC).
 * AQMAR: PER/LOC/ORG/MIS. Wojood: PERS, ORG, GPE/LOC/FAC → LOC, and NORP → O, because ANERcorp
 * (the training and evaluation standard here) leaves nationality and community words O; GROUP
 * mentions come from {@link NerRules} instead. Everything else → O.
 */
public final class TagMaps {
    private TagMaps() {
    }

    public static final UnaryOperator<String> IDENTITY = t -> t;

    public static final UnaryOperator<String> AQMAR = t -> relabel(t, switch (type(t)) {
        case "PER", "PERS" -> "PERS";
        case "LOC" -> "LOC";
        case "ORG" -> "ORG";
        case "MIS", "MISC" -> "MISC";
        default -> null;
    });

    public static final UnaryOperator<String> WOJOOD = t -> relabel(t, switch (type(t)) {
        case "PERS" -> "PERS";
        case "ORG" -> "ORG";
        case "GPE", "LOC", "FAC" -> "LOC";
        default -> null;
    });

    /** Picks a map from a file name: aqmar, wojood, else identity. */
    public static UnaryOperator<String> forFile(String path) {
        String p = path.toLowerCase();
        return p.contains("aqmar") ? AQMAR : p.contains("wojood") ? WOJOOD : IDENTITY;
    }

    static String type(String tag) {
        return tag.length() > 2 && tag.charAt(1) == '-' ? tag.substring(2) : "";
    }

    private static String relabel(String tag, String type) {
        return type == null ? "O" : tag.substring(0, 2) + type;
    }
}
