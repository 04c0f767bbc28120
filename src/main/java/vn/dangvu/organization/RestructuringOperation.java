package vn.dangvu.organization;

/** The kinds of change to the tree, each recorded with its decision and effective date. */
public enum RestructuringOperation {

	ESTABLISH, RENAME, MOVE, MERGE, SPLIT, DISSOLVE, CHANGE_TYPE;

	public String messageKey() {
		return "restructuring.operation." + name();
	}

}
