package vn.dangvu.importing;

import java.util.Map;

/**
 * Published in the transaction of an import that is committed (not of a dry run, nor of one with errors): the
 * folder, and per file the rows that were new and those already present.
 */
public record DirectoryImported(String directory, Map<String, Integer> imported, Map<String, Integer> alreadyPresent) {
}
