package org.isnad.ingest.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class BoilerplateRulesTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "حجم الخط | interface text",
        "Loading... | interface text",
        "Advertisement | interface text",
        "إعلان | interface text",
        "طباعة | interface text",
        "الوضع الليلي | interface text",
        "المزيد ايضا.. | interface text",
        "النشرة الإخبارية | interface text",
        "اترك رداً | comment prompt",
        "أضف تعليقاً | comment prompt",
        "لن يتم نشر عنوان بريدك الإلكتروني. الحقول الإلزامية مشار إليها بـ * | comment prompt",
        "اشترك في نشرتنا البريدية | subscription prompt",
        "إشترك الآن ليصلك كل جديد | subscription prompt",
        "اشترك في قائمتنا البريدية للحصول على آخر الأخبار! | subscription prompt",
        "شارك هذا المقال | share/follow prompt",
        "مشاركة عبر | share/follow prompt",
        "تابعونا على تلغرام | share/follow prompt",
        "فيسبوك تويتر واتساب | share/follow prompt",
        "اقرأ أيضاً: الحكومة تقر الموازنة الجديدة بعد جلسة طويلة | related-article link",
        "إقرأ أيضا | related-article link",
        "شاهد أيضاً: | related-article link",
        "المصدر: وكالات | source line",
        "فريق التحرير | byline",
        "بقلم: أحمد علي | byline",
        "خاص - الصباح | byline",
        "جانب من الاحتجاجات في العاصمة (رويترز) | photo caption",
        "رجل يسير بين الأنقاض (أ ف ب) | photo caption",
        "مبنى البرلمان (إنترنت) | photo caption",
        "صورة أرشيفية لمبنى البرلمان | photo caption",
        "ملخص المقال | AI summary widget",
        "إنتاج AI | AI summary widget",
        "النقاط الرئيسية | AI summary widget",
        "الخميس 5 مارس 2024 | date line",
        "الأحد ١٠ / نوفمبر / ٢٠٢٤ | date line",
        "آخر تحديث: 10:45 ص | date line",
        "© 2024 جميع الحقوق محفوظة | copyright notice",
        "#اقتصاد #عاجل | tag list",
        "• | no words",
    })
    void boilerplateLineHasItsReason(String line, String reason) {
        assertEquals(reason, BoilerplateRules.reason(Line.of(0, line)));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "شارك آلاف المتظاهرين في مسيرة حاشدة وسط العاصمة للمطالبة بتحسين الأوضاع المعيشية.",
        "اشترك أكثر من مئة فريق في البطولة التي انطلقت أمس.",
        "وقال المتحدث إن المفاوضات ستستأنف الأسبوع المقبل (بحسب وكالة الأنباء الرسمية).",
        "المصدر الأمني قال إن الهجوم وقع فجراً.",
        "أعلن الجيش في 5 مارس 2024 بدء الانسحاب من المنطقة.",
        "كتب الرئيس في تغريدة على منصة إكس أن الاتفاق بات قريباً.",
        "ملخص ما جرى في الجلسة أن النواب رفضوا المشروع بالأغلبية.",
        "تابع الوزير جولته في المحافظات الشمالية حيث التقى بممثلي النقابات.",
        "ارتفاع أسعار الوقود",
        "وطالب البيان الحكومة بما يلي:",
    })
    void newsLineIsNotBoilerplate(String line) {
        assertNull(BoilerplateRules.reason(Line.of(0, line)));
    }
}
