package jp.mamori.engine;

import java.util.List;

/**
 * A word a reason's message names, such as which address or which identity, in both languages: a detail
 * whose wording depends on the language of the message it fills ({@link ReasonCode#message} and
 * {@link ReasonCode#messageJa} pick their side).
 */
public record Term(String en, String ja) {

    /** Several terms as one: "billing address and shipping address 2" / "請求先住所と配送先住所2". */
    public static Term join(List<Term> terms) {
        StringBuilder en = new StringBuilder();
        StringBuilder ja = new StringBuilder();
        for (int i = 0; i < terms.size(); i++) {
            if (i > 0) {
                boolean last = i == terms.size() - 1;
                en.append(last ? " and " : ", ");
                ja.append(last ? "と" : "、");
            }
            en.append(terms.get(i).en);
            ja.append(terms.get(i).ja);
        }
        return new Term(en.toString(), ja.toString());
    }
}
