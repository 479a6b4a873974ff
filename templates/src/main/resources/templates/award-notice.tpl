# ${title}中标（成交）结果公告
项目编号：${projectCode}
采购人：${purchaserName}
采购方式：${method}

## 一、中标（成交）信息
| 供应商 | 中标（成交）金额 | 大写 |
| ${providerName} | ¥${amount} | ${amountInWords} |

## 二、评审结果
| 排名 | 供应商 | 评审价 | 价格分 | 技术分 | 总分 |
${rankingRows}

## 三、公告期限与质疑期
本公告期限为 ${announcementDays} 个工作日（至 ${announcementEnds}）。各有关当事人对结果有异议的，可以在公告期限届满之日起 ${challengeDays} 个工作日内（至 ${challengeWindowEnds}）以书面形式提出质疑。

发布日期：${publishedOn}
