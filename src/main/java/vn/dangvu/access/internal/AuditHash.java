package vn.dangvu.access.internal;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The hash of an audit record: SHA-256 over a canonical JSON array of its content and the previous record's hash.
 * Canonical JSON (object keys sorted, no spaces, numbers in plain form) is also the form {@code before} and
 * {@code after} are stored in, and PostgreSQL's {@code jsonb} may re-render what it stores (key order, spacing), so
 * the hash is always computed over the canonical form of the parsed value, never over the text as stored.
 */
public final class AuditHash {

	/** The previous hash of the first record. */
	public static final String GENESIS = "0".repeat(64);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private AuditHash() {
	}

	/** A value (record, map, list, text, number) as canonical JSON; null stays null. */
	public static String canonical(Object value) {
		if (value == null) {
			return null;
		}
		JsonNode node = value instanceof JsonNode n ? n : JSON.valueToTree(value);
		if (node == null || node.isNull()) {
			return null;
		}
		StringBuilder out = new StringBuilder();
		write(node, out);
		return out.toString();
	}

	/** Stored JSON text in canonical form; null stays null. */
	public static String canonicalText(String json) {
		return json == null ? null : canonical(JSON.readTree(json));
	}

	public static String of(Instant at, String username, String clientAddress, String kind, String subject,
			String orgCode, String decisionNo, String canonicalBefore, String canonicalAfter, String prevHash) {
		List<Object> content = new ArrayList<>();
		content.add("v1");
		content.add(at.toString());
		content.add(username);
		content.add(clientAddress);
		content.add(kind);
		content.add(subject);
		content.add(orgCode);
		content.add(decisionNo);
		content.add(canonicalBefore == null ? null : JSON.readTree(canonicalBefore));
		content.add(canonicalAfter == null ? null : JSON.readTree(canonicalAfter));
		content.add(prevHash);
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256")
				.digest(canonical(JSON.valueToTree(content)).getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static void write(JsonNode node, StringBuilder out) {
		if (node == null || node.isNull() || node.isMissingNode()) {
			out.append("null");
		}
		else if (node.isObject()) {
			out.append('{');
			List<Map.Entry<String, JsonNode>> properties = new ArrayList<>(node.properties());
			properties.sort(Map.Entry.comparingByKey());
			for (int i = 0; i < properties.size(); i++) {
				if (i > 0) {
					out.append(',');
				}
				out.append(JSON.writeValueAsString(properties.get(i).getKey())).append(':');
				write(properties.get(i).getValue(), out);
			}
			out.append('}');
		}
		else if (node.isArray()) {
			out.append('[');
			int i = 0;
			for (JsonNode element : node.values()) {
				if (i++ > 0) {
					out.append(',');
				}
				write(element, out);
			}
			out.append(']');
		}
		else if (node.isNumber()) {
			BigDecimal number = node.decimalValue().stripTrailingZeros();
			out.append(number.signum() == 0 ? "0" : number.toPlainString());
		}
		else if (node.isBoolean()) {
			out.append(node.booleanValue());
		}
		else {
			out.append(JSON.writeValueAsString(node.asString()));
		}
	}

}
