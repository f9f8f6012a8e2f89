package org.isnad.events.copies;

import java.util.List;
import java.util.Map;
import org.isnad.core.model.Article;

/** Invented wire texts: one agency dispatch, the copies outlets make of it, and an outlet's own report. */
public final class WireTexts {
    private WireTexts() {
    }

    public static final String AGENCY = "البصرة (أ ف ب) - أعلنت وزارة الصحة العراقية الأحد ارتفاع عدد المصابين بالتسمم "
            + "في محافظة البصرة إلى أكثر من ألف شخص، بعد تلوث مياه الشرب في عدد من الأحياء الجنوبية للمدينة. "
            + "وقال متحدث باسم الوزارة إن فرقا طبية أرسلت إلى المستشفيات لمساعدة الكوادر المحلية، وإن معظم الحالات "
            + "خفيفة وغادر أصحابها بعد تلقي العلاج. وتشهد المحافظة منذ أسابيع احتجاجات على نقص الخدمات وانقطاع "
            + "الكهرباء وارتفاع ملوحة المياه، ويطالب المحتجون بمحاسبة المسؤولين عن تدهور البنية التحتية. "
            + "ودعت منظمات محلية الحكومة إلى إعلان حالة الطوارئ وتوفير مياه صالحة للشرب بشكل عاجل.";

    /** The dispatch as a second outlet runs it: its own heading line and a share footer around it. */
    public static final String WITH_BOILERPLATE = "عاجل | الصحة العراقية: ألف مصاب بالتسمم في البصرة\n" + AGENCY
            + "\nاقرأ أيضا: أسعار النفط ترتفع مع تراجع المخزونات\nتابعونا على تويتر وفيسبوك";

    /** The dispatch lightly edited by a third outlet: dateline dropped, a sentence left out, one word changed. */
    public static final String EDITED = AGENCY.replace("البصرة (أ ف ب) - ", "")
            .replace("وتشهد المحافظة منذ أسابيع احتجاجات على نقص الخدمات وانقطاع الكهرباء وارتفاع ملوحة المياه، "
                    + "ويطالب المحتجون بمحاسبة المسؤولين عن تدهور البنية التحتية. ", "")
            .replace("الأحد", "اليوم الأحد");

    /** Another outlet's own report of the same event, in its own words. */
    public static final String OWN = "قال مدير مستشفى البصرة التعليمي لمراسلنا إن قسم الطوارئ استقبل منذ فجر الأحد "
            + "مئات المرضى الذين يعانون من الإسهال والمغص بعد شرب مياه الإسالة، مضيفا أن المستشفى طلب دعما عاجلا "
            + "من بغداد. وأكد سكان في حي الجمهورية أن المياه تصل إلى منازلهم بلون عكر ورائحة كريهة منذ أيام، "
            + "وأنهم يشترون المياه المعبأة رغم ارتفاع أسعارها. وحمل نائب عن المحافظة الحكومة المحلية مسؤولية "
            + "الأزمة، مطالبا بفتح تحقيق في عقود تنقية المياه.";

    /** Isolated presentation forms of some letters: how text extracted from old PDFs or legacy pages looks. */
    private static final Map<Character, Character> PRESENTATION = Map.of(
            'ا', '\uFE8D', 'ب', '\uFE8F', 'ت', '\uFE95', 'ل', '\uFEDD', 'م', '\uFEE1',
            'ن', '\uFEE5', 'ي', '\uFEF1', 'و', '\uFEED', 'ر', '\uFEAD', 'د', '\uFEA9');

    /** {@code text} in presentation forms with some diacritics and tatweel, as another encoding renders it. */
    public static String otherEncoding(String text) {
        StringBuilder sb = new StringBuilder();
        for (char c : text.replace("وزارة", "وِزارة").replace("الصحة", "الصـحة").replace("المياه", "الميَاه").toCharArray()) {
            sb.append(PRESENTATION.getOrDefault(c, c));
        }
        return sb.toString();
    }

    public static Article article(String id, String outlet, String text) {
        return new Article(id, id + ".txt", outlet, "", null, "ar", text, List.of());
    }
}
