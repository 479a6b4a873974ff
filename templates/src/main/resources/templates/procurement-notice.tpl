# ${title}采购公告
项目编号：${projectCode}
采购人：${purchaserName}
采购方式：${method}

## 一、项目基本情况
预算金额：${budgetInWords}（¥${budget}）
服务对象：${serviceRecipients}
服务期限：${termStart} 至 ${termEnd}

## 二、评审办法
综合评分法，价格分值占 ${priceWeight}%；小型和微型企业的报价给予 ${smeDeduction}% 的扣除后参与评审。
技术评审要点：${technicalCriteria}

## 三、响应文件提交
截止时间：${bidDeadline}（北京时间），逾期提交的响应文件不予接收。响应文件在截止时间前密封保存，任何人不得查看。

## 四、质疑
供应商认为采购文件、采购过程或结果使自己的权益受到损害的，可以在知道或者应知其权益受到损害之日起 ${challengeDays} 个工作日内以书面形式提出质疑。

发布日期：${publishedOn}
