# ${title}采购公告
项目编号：${projectCode}
采购人：${purchaserName}
地址：${purchaserAddress}
联系人及电话：${purchaserContact}
采购方式：${method}

## 一、项目基本情况
预算金额：${budgetInWords}（¥${budget}）
服务对象：${serviceRecipients}
服务期限：${termStart} 至 ${termEnd}

## 二、供应商资格要求
具备《中华人民共和国政府采购法》第二十二条规定的条件；依法设立并经司法行政部门核验资质的律师事务所、基层法律服务所、人民调解组织等法律服务机构；执业许可在有效期内，未被列入失信名单或者禁止参加政府采购活动。

## 三、获取采购文件
获取方式：登录本门户“招标信息”，查看并下载本公告与采购文件，无需报名、不收取费用。${invitedOnly}
获取期限：${publishedOn} 至 ${bidDeadline}${documentsMinimum}。

## 四、评审办法
综合评分法，价格分值占 ${priceWeight}%。${smePolicy}
技术评审要点：${technicalCriteria}

## 五、响应文件提交
截止时间：${bidDeadline}（北京时间），逾期提交的响应文件不予接收。响应文件由供应商在浏览器中加密后提交，开标时由供应商本人解密，截止时间前任何人不得查看。
投标保证金：${bidBond}

## 六、询问与质疑
供应商对采购活动事项有疑问的，可以在本门户项目页面“询问”栏向采购人提出询问，采购人在 ${inquiryDays} 个工作日内答复。
供应商认为采购文件、采购过程或结果使自己的权益受到损害的，可以在知道或者应知其权益受到损害之日起 ${challengeDays} 个工作日内以书面形式向采购人提出质疑（地址、联系人及电话见上）。

发布日期：${publishedOn}
