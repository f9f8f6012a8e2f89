package org.isnad.events;

import org.isnad.core.model.Count;
import org.isnad.core.model.EventType;

/** Arabic names of event types and count kinds, for topics and timeline texts (package-private). */
final class Labels {
    private Labels() {
    }

    static String of(EventType t) {
        return switch (t) {
            case ARMED_CLASH -> "اشتباكات";
            case ATTACK -> "هجوم";
            case RAID_OR_SIEGE -> "اقتحام أو حصار";
            case ARREST -> "اعتقال";
            case ABDUCTION -> "خطف";
            case KILLING -> "قتل";
            case AGREEMENT -> "اتفاق";
            case MOBILIZATION -> "تحشيد";
            case STATEMENT -> "تصريح";
            case ACCUSATION -> "اتهام";
            case DENIAL -> "نفي";
            case HANDOVER -> "تسليم";
            case NEGOTIATION -> "تفاوض";
            case PROTEST -> "احتجاج";
            case OTHER -> "حدث";
        };
    }

    static String of(Count.Kind k) {
        return switch (k) {
            case KILLED -> "عدد القتلى";
            case INJURED -> "عدد الجرحى";
            case ARRESTED -> "عدد المعتقلين";
            case ABDUCTED -> "عدد المخطوفين";
            case DISPLACED -> "عدد النازحين";
            case FIGHTERS -> "عدد المقاتلين";
            case OTHER -> "العدد";
        };
    }
}
