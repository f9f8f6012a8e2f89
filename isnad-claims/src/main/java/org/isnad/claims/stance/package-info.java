/**
 * Agree / disagree / other between two statements: features, averaged perceptron, the shipped model and its evaluation ({@link org.isnad.claims.stance.StatementComparer}, implemented by {@link org.isnad.claims.stance.TrainedStatementComparer}).
 */
package org.isnad.claims.stance;
