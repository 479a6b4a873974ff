package cn.gov.legalprocurement.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChineseAmountTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "36000.00, 人民币叁万陆仟元整",
            "0.00, 人民币零元整",
            "0.50, 人民币伍角整",
            "0.05, 人民币伍分",
            "10, 人民币壹拾元整",
            "15, 人民币壹拾伍元整",
            "100.05, 人民币壹佰元零伍分",
            "100.50, 人民币壹佰元伍角整",
            "1010.10, 人民币壹仟零壹拾元壹角整",
            "1001.01, 人民币壹仟零壹元零壹分",
            "10000, 人民币壹万元整",
            "100010.50, 人民币壹拾万零壹拾元伍角整",
            "1001000, 人民币壹佰万壹仟元整",
            "1000100, 人民币壹佰万零壹佰元整",
            "1800000.00, 人民币壹佰捌拾万元整",
            "2100000, 人民币贰佰壹拾万元整",
            "100000001, 人民币壹亿零壹元整",
            "120030000, 人民币壹亿贰仟零叁万元整",
            "1000000000, 人民币壹拾亿元整",
            "1234567890.12, 人民币壹拾贰亿叁仟肆佰伍拾陆万柒仟捌佰玖拾元壹角贰分",
            "8100, 人民币捌仟壹佰元整",
    })
    void writesCapitalNumerals(String amount, String expected) {
        assertThat(ChineseAmount.of(new BigDecimal(amount))).isEqualTo(expected);
    }

    @Test
    void refusesWhatIsNotAnAmount() {
        assertThatThrownBy(() -> ChineseAmount.of(new BigDecimal("-1"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ChineseAmount.of(new BigDecimal("1.005"))).isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> ChineseAmount.of(null)).isInstanceOf(IllegalArgumentException.class);
    }
}
