# 政府购买法律服务验收报告
合同编号：${contractCode}　项目：${title}
购买主体：${purchaserName}
承接主体：${providerName}
验收轮次：第 ${roundNo} 轮　验收日期：${evaluatedOn}

## 一、履约情况
| 指标 | 合同目标 | 实际完成 |
${deliveryRows}

## 二、评分
| 指标类别 | 满分 | 得分 |
| 业务规范指标 | ${processMax} | ${processScore} |
| 服务效果指标 | ${resultsMax} | ${resultsScore} |
| 社会评价指标 | ${socialMax} | ${socialScore} |
| 合计 | ${totalMax} | ${totalScore} |

## 三、验收结论
${conclusion}
验收意见：${opinion}
服务对象代表：${recipientRepresentatives}
第三方机构：${thirdParty}

[signatures]
