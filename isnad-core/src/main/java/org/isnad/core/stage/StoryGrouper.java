package org.isnad.core.stage;

import java.util.List;
import org.isnad.core.model.Article;

/** Groups articles so that those on the same event share a group and others do not. */
public interface StoryGrouper {
    /**
     * A group: the indexes of its articles in the input list, a title for the story, and the storyline
     * it belongs to (an id shared by related stories; null when the grouper does not link stories).
     */
    record Group(List<Integer> members, String title, String storyline) {
        public Group {
            members = List.copyOf(members);
        }

        public Group(List<Integer> members, String title) {
            this(members, title, null);
        }
    }

    List<Group> group(List<Article> articles);

    /** Groups with the articles' recognized names at hand (a grouper may use them; by default it does not). */
    default List<Group> group(List<Article> articles, List<org.isnad.core.model.Mention> mentions) {
        return group(articles);
    }
}
