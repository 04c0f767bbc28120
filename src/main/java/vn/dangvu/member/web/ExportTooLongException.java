package vn.dangvu.member.web;

/** A member list with more members than an Excel sheet holds, refused before its export is begun. */
class ExportTooLongException extends RuntimeException {

	private final long members;

	private final long most;

	private final String listLink;

	/**
	 * @param members the list's members
	 * @param most the most a sheet holds under its title rows
	 * @param listLink the list with the same filters, to narrow it from
	 */
	ExportTooLongException(long members, long most, String listLink) {
		super("The list has " + members + " members, more than the " + most + " an Excel sheet holds");
		this.members = members;
		this.most = most;
		this.listLink = listLink;
	}

	long members() {
		return members;
	}

	long most() {
		return most;
	}

	String listLink() {
		return listLink;
	}

}
