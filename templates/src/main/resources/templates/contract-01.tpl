# 政府购买服务合同（法律援助服务合同）
合同编号：${contractCode}
项目编号：${projectCode}　采购方式：${method}
甲方（购买主体）：${purchaserName}
乙方（承接主体）：${providerName}　统一社会信用代码：${providerCreditCode}

根据《中华人民共和国民法典》《中华人民共和国政府采购法》《政府购买服务管理办法》及采购结果，甲乙双方就${title}订立本合同。

## 一、服务对象
${serviceRecipients}

## 二、服务内容
${serviceContent}

## 三、服务期限
${serviceTerm}（${termStart} 至 ${termEnd}）

## 四、服务数量和质量要求
${quantityAndQuality}

## 五、双方权利义务
${rightsAndObligations}

## 六、价款及结算方式
合同总价：${amountInWords}（¥${amount}）。履约保证金：¥${performanceBond}。
${priceAndSettlement}
付款期限：每期支付条件成就并经甲方确认后 ${paymentDays} 日内付款。
| 期次 | 比例 | 支付条件 |
${instalmentRows}

## 七、绩效目标
${performanceTargets}
| 指标类别 | 指标 | 目标值 |
${indicatorRows}

## 八、违约责任
${liabilityForBreach}
未达到绩效目标的，按未完成比例扣减相应服务费，扣减合计不超过合同金额的 ${shortfallDeductionPercent}%。

## 九、争议解决
因履行本合同发生争议的，双方应当协商解决；协商不成的，任何一方均可依法向甲方所在地有管辖权的人民法院提起诉讼。争议期间，不影响本合同其他条款的履行。

## 十、特别约定
乙方承办法律援助事项应当遵守《中华人民共和国法律援助法》，不得向受援人收取任何财物，并按规定提交结案材料接受质量评估。
本合同自双方签署之日起生效，一式四份，甲乙双方各执两份。合同签订之日起 2 个工作日内由甲方依法公告。

[signatures]
