package vn.dangvu.member;

/** Official transfer (chuyển sinh hoạt chính thức) or temporary transfer (tạm thời). */
public enum TransferKind {

	OFFICIAL, TEMPORARY;

	public String messageKey() {
		return "transfer.kind." + name();
	}

}
