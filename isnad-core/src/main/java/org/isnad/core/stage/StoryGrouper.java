package org.isnad.core.stage;

import java.util.List;
import org.isnad.core.model.Article;

/** Groups articles so that those on the same event share a group and others do not. */
public interface StoryGrouper {
    /** A group: the indexes of its articles in the input list and a title for the story. */
    record Group(List<Integer> members, String title) {
        public Group {
            members = List.copyOf(members);
        }
    }

    List<Group> group(List<Article> articles);
}
