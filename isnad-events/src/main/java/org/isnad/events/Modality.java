package org.isnad.events;

/**
 * Whether a trigger reports something that happened. Only {@link #ASSERTED} and {@link #ATTEMPTED}
 * mentions become events; the others are kept on the mention for callers that want them.
 */
public enum Modality {
    /** Reported as having happened: {@code اندلعت اشتباكات}. */
    ASSERTED,
    /** Tried, perhaps without success: {@code محاولة اعتقال}, {@code محاولات اقتحام}. */
    ATTEMPTED,
    /** The purpose of something else: {@code حملة لاعتقال ...}, {@code بهدف اعتقال}. */
    INTENDED,
    /** Threatened, feared or conditional: {@code أي محاولة للاعتقال}, {@code تحذيرات من اشتباكات}. */
    HYPOTHETICAL,
    /** Negated: {@code لم تقع اشتباكات}, {@code من دون اقتحام}. */
    NEGATED,
    /** An earlier, different event recalled for context: {@code الأعنف منذ هجوم ... عام 2014}. */
    BACKGROUND;

    /** True for mentions of something that happened or was tried. */
    public boolean isReal() {
        return this == ASSERTED || this == ATTEMPTED;
    }
}
