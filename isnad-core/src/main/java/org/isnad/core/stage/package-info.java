/**
 * One small interface per pipeline stage. Each takes immutable values and returns new ones:
 * read ({@link org.isnad.core.stage.ArticleSource}) → clean ({@link org.isnad.core.stage.Cleaner}) →
 * recognize ({@link org.isnad.core.stage.EntityRecognizer}) → group ({@link org.isnad.core.stage.StoryGrouper})
 * → write ({@link org.isnad.core.stage.DossierWriter}).
 */
package org.isnad.core.stage;
