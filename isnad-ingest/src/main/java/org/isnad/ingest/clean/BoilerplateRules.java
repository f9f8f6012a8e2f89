package org.isnad.ingest.clean;

import java.util.Arrays;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Line-level boilerplate rules: what a line says, judged on the line alone. Every rule is general
 * web-page vocabulary (Arabic and English), matched on the {@link Line#folded folded} form, so that
 * {@code إشترك}/{@code اشترك} or {@code أيضاً}/{@code ايضا} are the same (word lists are folded when
 * loaded; regular expressions are written folded: no hamza forms, {@code ه} for {@code ة}). Rules that could also match a
 * sentence of news (a line starting with {@code شارك} or {@code اشترك}) apply only to short lines or need
 * a second cue.
 *
 * <ul>
 *   <li>{@value #INTERFACE}: a whole line of interface words ({@code حجم الخط}, {@code Loading...},
 *       {@code Advertisement}, {@code إعلان}, {@code Logo}, {@code طباعة}, {@code المزيد},
 *       {@code الوضع المظلم}, {@code النشرة الإخبارية}, ...);</li>
 *   <li>{@value #COMMENT}: comment prompts ({@code اترك رد}, {@code لن يتم نشر عنوان بريدك الإلكتروني},
 *       {@code أضف تعليق});</li>
 *   <li>{@value #SUBSCRIBE}: {@code اشترك}/{@code سجل} with a newsletter or mailing-list cue, or a
 *       stay-informed phrase;</li>
 *   <li>{@value #SHARE}: short {@code شارك}/{@code مشاركة}/{@code تابعنا} lines, lines made only of
 *       social network names;</li>
 *   <li>{@value #RELATED}: {@code اقرأ أيضا}, {@code شاهد أيضا}, {@code ذات صلة:} ...;</li>
 *   <li>{@value #SOURCE}: a short {@code المصدر: X} line;</li>
 *   <li>{@value #BYLINE}: {@code فريق التحرير}, {@code خاص - X}, {@code بقلم X}, {@code كتب: X};</li>
 *   <li>{@value #CAPTION}: a line ending in a parenthesised photo credit ({@code (إنترنت)}, {@code (أرشيف)},
 *       {@code (رويترز)}, {@code (أ ف ب)}, ...) or starting {@code صورة أرشيفية}...;</li>
 *   <li>{@value #SUMMARY_LABEL}: labels of AI-summary widgets ({@code ملخص المقال}, {@code إنتاج AI},
 *       {@code النقاط الأساسية});</li>
 *   <li>{@value #DATE}: a line made only of weekday, month, digits and time words;</li>
 *   <li>{@value #COPYRIGHT}, {@value #TAGS}, {@value #NO_TEXT}.</li>
 * </ul>
 */
final class BoilerplateRules {
    static final String INTERFACE = "interface text";
    static final String COMMENT = "comment prompt";
    static final String SUBSCRIBE = "subscription prompt";
    static final String SHARE = "share/follow prompt";
    static final String RELATED = "related-article link";
    static final String SOURCE = "source line";
    static final String BYLINE = "byline";
    static final String CAPTION = "photo caption";
    static final String SUMMARY_LABEL = "AI summary widget";
    static final String DATE = "date line";
    static final String COPYRIGHT = "copyright notice";
    static final String TAGS = "tag list";
    static final String NO_TEXT = "no words";

    private static final Set<String> INTERFACE_LINES = keys(
            "حجم الخط", "تكبير الخط", "تصغير الخط", "الخط", "loading", "جار التحميل", "جاري التحميل",
            "advertisement", "ad", "ads", "sponsored", "اعلان", "اعلانات", "مساحه اعلانيه", "اعلان ممول", "logo",
            "شعار", "طباعه", "اطبع", "print", "المزيد", "المزيد ايضا", "اقرا المزيد", "عرض المزيد", "شاهد المزيد",
            "تحميل المزيد", "read more", "more", "load more", "الوضع المظلم", "الوضع الليلي", "الوضع النهاري",
            "الوضع الفاتح", "dark mode", "light mode", "النشره الاخباريه", "النشره البريديه", "القائمه البريديه",
            "newsletter", "بحث", "search", "القائمه", "menu", "الرئيسيه", "الصفحه الرئيسيه", "home",
            "تسجيل الدخول", "login", "log in", "sign in", "تخطي الى المحتوى", "انتقل الى المحتوى",
            "skip to content", "اغلاق", "close", "التالي", "السابق", "المقال التالي", "المقال السابق",
            "الخبر التالي", "الخبر السابق", "next", "previous", "اخبار ذات صله", "مقالات ذات صله",
            "مواضيع ذات صله", "ذات صله", "related", "related articles", "الاكثر قراءه", "الاكثر مشاهده",
            "الاكثر تداولا", "most read", "trending", "نسخ الرابط", "copy link", "الرابط المختصر",
            "رابط مختصر", "استمع", "استمع للمقال", "استمع الى المقال", "استمع للخبر", "listen",
            "ابحث", "تابع", "follow", "cookies", "قبول", "accept");
    private static final Set<String> COMMENT_LINES = keys(
            "اترك رد", "اترك ردا", "اترك تعليق", "اترك تعليقا", "اترك تعليقك", "اضف تعليق", "اضف تعليقا", "اضف تعليقك",
            "اضافه تعليق", "اكتب تعليقك", "التعليقات", "تعليقات", "لا توجد تعليقات", "عدد التعليقات",
            "leave a reply", "leave a comment", "comments", "no comments", "post a comment");
    private static final Pattern COMMENT_PHRASE = Pattern.compile(
            "لن يتم نشر (عنوان )?بريدك|الحقول (الالزاميه|المطلوبه) مشار|your email address will not be published"
                    + "|^\\d+ (تعليق|تعليقات|comments?)$");
    private static final Pattern SUBSCRIBE_START = Pattern.compile("^(اشترك|اشتركي|اشتركوا|سجل|انضم|subscribe|sign up|join)( |$)");
    private static final Pattern SUBSCRIBE_CUE = Pattern.compile(
            "نشره|النشره|بريد|قائمه|قائمتنا|ليصلك|لتصلك|يصلك|التحديثات|معنا|قناتنا|newsletter|updates|mailing");
    private static final Pattern STAY_INFORMED = Pattern.compile(
            "ليصلك كل جديد|لتصلك (اخر|اهم)|لتبقى على (اطلاع|اتصال)|على اتصال دائم|stay (informed|updated)");
    private static final Pattern SHARE_START = Pattern.compile(
            "^(شارك|شاركها|شاركوا|مشاركه|share|تابعنا|تابعونا|تابعوا|follow us)( |$)");
    private static final Set<String> SOCIAL = keys(
            "فيسبوك", "فيس", "بوك", "تويتر", "واتساب", "واتس", "اب", "تلغرام", "تليغرام", "تيليجرام", "انستغرام",
            "انستقرام", "يوتيوب", "لينكدان", "ماسنجر", "facebook", "twitter", "x", "whatsapp", "telegram",
            "instagram", "youtube", "linkedin", "messenger", "pinterest", "reddit", "email", "البريد",
            "الالكتروني", "نسخ", "copy", "طباعه", "print", "tiktok", "تيك", "توك");
    private static final Pattern RELATED_START = Pattern.compile(
            "^((اقرا|طالع|شاهد|اقريي) (ايضا|كذلك|المزيد)|(read|see) (also|more)|ذات صله ?:|مواضيع ذات صله ?:"
                    + "|اقرا ?:|شاهد ?:)");
    private static final Pattern SOURCE_LINE = Pattern.compile("^(المصدر|المصادر|مصدر الخبر|source) ?[:：\\-–]");
    private static final Set<String> BYLINE_LINES = keys(
            "فريق التحرير", "هيئه التحرير", "التحرير", "المحرر", "editorial team", "editorial staff", "staff");
    private static final Pattern BYLINE_START = Pattern.compile(
            "^(خاص ?[-–—:|]|(بقلم|كتب|كتبت|كتبه|تحرير|اعداد|متابعه|مراسل|by) ?[:：]|بقلم )");
    /** A final parenthesis of at most a few words, e.g. {@code (إنترنت)} or {@code (صورة: أ ف ب)}. */
    private static final Pattern FINAL_PARENTHESIS = Pattern.compile("\\(([^()]{1,40})\\)$");
    private static final Pattern CREDIT_WORDS = Pattern.compile(
            "(^| )(انترنت|ارشيف|ارشيفيه|رويترز|فرانس برس|ا ف ب|اف ب|ا ب|اسوشيتد برس|الاناضول|سانا|غيتي|جيتي|متداوله"
                    + "|مواقع التواصل|وسائل التواصل|وكالات|تويتر|فيسبوك|تلغرام|صوره|تصوير|afp|reuters|getty|ap|epa)( |$)");
    private static final Pattern CAPTION_START = Pattern.compile("^(صوره (ارشيفيه|تعبيريه|متداوله|من)|photo ?:|صوره ?:)");
    private static final Set<String> SUMMARY_LABELS = keys(
            "ملخص المقال", "ملخص الخبر", "ملخص", "انتاج ai", "انتاج الذكاء الاصطناعي", "ملخص بالذكاء الاصطناعي",
            "ملخص ai", "ai", "النقاط الاساسيه", "النقاط الرئيسيه", "ابرز النقاط", "اهم النقاط", "key points",
            "summary", "ai summary", "ai generated", "tl dr", "tldr");
    private static final Set<String> DATE_WORDS = keys(
            "الاحد", "الاثنين", "الثلاثاء", "الاربعاء", "الخميس", "الجمعه", "السبت", "يناير", "فبراير", "مارس",
            "ابريل", "مايو", "يونيو", "يونيه", "يوليو", "يوليه", "اغسطس", "سبتمبر", "اكتوبر", "نوفمبر", "ديسمبر",
            "كانون", "الثاني", "الاول", "شباط", "اذار", "نيسان", "ايار", "حزيران", "تموز", "اب", "ايلول", "تشرين",
            "ص", "م", "هـ", "ه", "am", "pm", "gmt", "utc", "الساعه", "اخر", "تحديث", "نشر", "في", "تاريخ", "النشر",
            "منذ", "ساعه", "ساعات", "دقيقه", "دقائق", "يوم", "ايام", "بتوقيت", "مكه", "غرينتش", "دمشق", "القدس",
            "بيروت", "القاهره", "updated", "published", "on", "at", "ago", "hours", "minutes");

    private BoilerplateRules() {
    }

    /** The entries in the form lines are matched in (folded: {@code الرئيسية} becomes {@code الرييسيه}). */
    private static Set<String> keys(String... entries) {
        return Arrays.stream(entries).map(Line::key).collect(Collectors.toUnmodifiableSet());
    }

    /** Why {@code line} is boilerplate, or null when it is not, judged on the line alone. */
    static String reason(Line line) {
        String bare = line.bare();
        String folded = line.folded();
        if (line.words() == 0) {
            return NO_TEXT;
        }
        if (SUMMARY_LABELS.contains(bare)) {
            return SUMMARY_LABEL;
        }
        if (INTERFACE_LINES.contains(bare)) {
            return INTERFACE;
        }
        if (COMMENT_LINES.contains(bare) || COMMENT_PHRASE.matcher(bare).find()) {
            return COMMENT;
        }
        if (line.words() <= 20 && (SUBSCRIBE_START.matcher(bare).find() && SUBSCRIBE_CUE.matcher(bare).find()
                || STAY_INFORMED.matcher(bare).find())) {
            return SUBSCRIBE;
        }
        if (line.words() <= 6 && !line.endsSentence() && SHARE_START.matcher(bare).find()
                || line.tokens().stream().allMatch(SOCIAL::contains)) {
            return SHARE;
        }
        if (RELATED_START.matcher(folded).find()) {
            return RELATED;
        }
        if (line.words() <= 8 && SOURCE_LINE.matcher(folded).find()) {
            return SOURCE;
        }
        if (BYLINE_LINES.contains(bare) || line.words() <= 8 && BYLINE_START.matcher(folded).find()) {
            return BYLINE;
        }
        if (line.words() <= 20 && (hasPhotoCredit(folded) || CAPTION_START.matcher(folded).find())) {
            return CAPTION;
        }
        if (isDate(line)) {
            return DATE;
        }
        if (line.words() <= 20 && (folded.contains("©") || bare.contains("جميع الحقوق محفوظه")
                || bare.contains("all rights reserved") || bare.startsWith("copyright"))) {
            return COPYRIGHT;
        }
        if (line.text().startsWith("#") && line.text().split("\\s+").length == countHashTags(line.text())) {
            return TAGS;
        }
        return null;
    }

    /** True for an AI-summary widget label such as {@code ملخص المقال}. */
    static boolean isSummaryLabel(Line line) {
        return SUMMARY_LABELS.contains(line.bare());
    }

    private static boolean hasPhotoCredit(String folded) {
        Matcher m = FINAL_PARENTHESIS.matcher(folded);
        return m.find() && CREDIT_WORDS.matcher(Line.key(m.group(1))).find();
    }

    private static boolean isDate(Line line) {
        if (line.words() > 12 || !line.bare().matches(".*\\d.*")) {
            return false;
        }
        for (String token : line.tokens()) {
            if (!token.chars().allMatch(Character::isDigit) && !DATE_WORDS.contains(token)) {
                return false;
            }
        }
        return true;
    }

    private static long countHashTags(String text) {
        return Arrays.stream(text.split("\\s+")).filter(t -> t.startsWith("#")).count();
    }
}
