# 政府购买服务资金支付凭证
合同编号：${contractCode}　项目：${title}
付款单位（甲方）：${purchaserName}
收款单位（乙方）：${providerName}

| 项目 | 金额 |
| 本期应付（第 ${instalmentSeq} 期，合同金额的 ${percentage}%） | ¥${grossAmount} |
| 绩效扣减 | ¥${deduction} |
| 本期实付 | ¥${netAmount} |
| 逾期利息 | ¥${lateInterest} |

本期实付金额（大写）：${netAmountInWords}
付款期限：${dueDate}　支付日期：${releasedOn}　支付凭证号：${voucherNo}
审批：${approvedBy}　支付：${releasedBy}

[signatures]
