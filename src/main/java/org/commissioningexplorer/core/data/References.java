package org.commissioningexplorer.core.data;

import java.util.ArrayList;
import java.util.List;

/**
 * What the objects read refer to, kept until every file is read, since a body or source may be defined in
 * a file read later than the one that names it.
 */
final class References {

    /** Ids of bodies: parents, relationships' targets, members, who does what. */
    final List<Ref> bodies = new ArrayList<>();
    /** Ids of sources cited. */
    final List<Ref> sources = new ArrayList<>();
    /** Documents' files that are acceptable as written, to look for on disk once the loader knows where. */
    final List<Ref> documentFiles = new ArrayList<>();
}
