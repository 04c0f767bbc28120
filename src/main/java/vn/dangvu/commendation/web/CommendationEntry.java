package vn.dangvu.commendation.web;

import java.util.Arrays;
import java.util.List;

import vn.dangvu.commendation.CommendationForm;
import vn.dangvu.commendation.RecordCommendation;
import vn.dangvu.common.Decision;
import vn.dangvu.common.time.Dates;

/**
 * The form of a commendation decision as typed: the recipients as lists of member numbers and organization codes (one
 * a line, or separated by commas), the members commended posthumously named again in their own box.
 */
public class CommendationEntry {

	private String org;

	private String decisionNo;

	private String decisionDate;

	private String issuer;

	private CommendationForm form;

	private String reason;

	private Integer achievementYear;

	private String members;

	private String posthumous;

	private String organizations;

	/** The command, once the decision's number and date are there (checked by the controller first). */
	RecordCommendation toCommand() {
		return new RecordCommendation(org, new Decision(decisionNo, Dates.parse(decisionDate).orElseThrow(), issuer), form,
				reason, achievementYear, codes(members), codes(posthumous), codes(organizations));
	}

	static List<String> codes(String text) {
		if (text == null || text.isBlank()) {
			return List.of();
		}
		return Arrays.stream(text.split("[\\s,;]+")).map(String::strip).filter(s -> !s.isEmpty()).toList();
	}

	public String getOrg() {
		return org;
	}

	public void setOrg(String org) {
		this.org = org;
	}

	public String getDecisionNo() {
		return decisionNo;
	}

	public void setDecisionNo(String decisionNo) {
		this.decisionNo = decisionNo;
	}

	public String getDecisionDate() {
		return decisionDate;
	}

	public void setDecisionDate(String decisionDate) {
		this.decisionDate = decisionDate;
	}

	public String getIssuer() {
		return issuer;
	}

	public void setIssuer(String issuer) {
		this.issuer = issuer;
	}

	public CommendationForm getForm() {
		return form;
	}

	public void setForm(CommendationForm form) {
		this.form = form;
	}

	public String getReason() {
		return reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}

	public Integer getAchievementYear() {
		return achievementYear;
	}

	public void setAchievementYear(Integer achievementYear) {
		this.achievementYear = achievementYear;
	}

	public String getMembers() {
		return members;
	}

	public void setMembers(String members) {
		this.members = members;
	}

	public String getPosthumous() {
		return posthumous;
	}

	public void setPosthumous(String posthumous) {
		this.posthumous = posthumous;
	}

	public String getOrganizations() {
		return organizations;
	}

	public void setOrganizations(String organizations) {
		this.organizations = organizations;
	}

}
