"""Title lines that are no headline: a row of a notice's form table, and a question's text under the question.

A government notice opens with a table of form rows (索引号, 发布机构, 成文日期, 文号); a row above a date row
looked like a headline with its date under it. A Q&A page gives the question in one line and its text in a
paragraph under it: the paragraph, nearer the answer, looked like a long headline. Negatives: a headline of
the "label: value" shape over its source and author rows, and a short headline with an exclamation inside.
"""

from __future__ import annotations

from cleaners import clean_text

NOTICE = """县人民政府
首页
政务公开
通知公告
当前位置：首页 > 政务公开 > 通知公告
索引号：	114400000000001234/2024-00056
主题分类：	农业、水利
发布机构：	县农业农村局
成文日期：	2024年03月12日
文号：	农〔2024〕15号
发布日期：	2024年03月14日
关于做好2024年春季农作物病虫害防控工作的通知
发布时间：2024-03-14 16:20 来源：县农业农村局
各乡镇人民政府，县直有关单位：
当前气温回升较快，小麦条锈病、赤霉病以及油菜菌核病进入发生期，部分地区已发现零星病株。为切实做好春季农作物病虫害防控工作，保障粮油生产安全，现将有关事项通知如下：
一、加强监测预警。各乡镇要组织农技人员深入田间地头，每周至少开展一次病虫害调查，发现病情及时上报，不得迟报、漏报。
二、抓好统防统治。各地要充分发挥植保专业服务组织的作用，在病虫害发生关键期集中开展统一防治，提高防治效果，减少农药使用量。
三、强化技术指导。县农业技术推广中心要编印防控技术明白纸，组织专家分片包干，指导农户科学用药、安全用药。
【打印本页】【关闭窗口】
"""

QUESTION = """问答社区
首页
问题
话题
登录
问答社区 > 生活 > 家居
冰箱冷藏室结冰是什么原因？
悬赏：20 积分 | 提问者：匿名用户 | 浏览次数：5632次
2022-09-14 15:20
我家冰箱用了五年了，最近冷藏室后壁总是结一层冰，放在后面的蔬菜也冻坏了。温度已经调到最低档了还是这样，请问是哪里出了问题？需要找人来修吗？
我有更好的答案
最佳答案
冷藏室后壁结冰，最常见的原因有三个：
第一是排水孔堵塞。冷藏室后壁下方有一个小排水孔，化霜水从这里流走。如果被食物残渣堵住，水排不出去，就会在后壁结冰。
第二是门封条老化。用了五年的冰箱，门封条可能变硬、变形，关门后有缝隙，外面的湿热空气进去就容易结霜结冰。
第三是温控器的问题。要注意有些冰箱数字越大温度越低，调反了反而会让冷藏室温度过低。
为你推荐
冰箱冷冻室不制冷怎么办
冰箱噪音大正常吗
"""

NEWS = """示例新闻网
首页
社会
财经
当前位置：首页 > 财经
{title}
来源：示例日报
作者：王丽
编辑：李明
2025-12-03 14:32
记者从有关部门获悉，明年1月1日起，多个城市将实施新的房屋租赁规定，主要涉及物业费用分摊和房屋改造等方面。相关修改已于今年秋天经过长时间讨论后获得通过。
根据新规，房东只能将改造费用中的一小部分转嫁到租金上。此外，房东必须在结算期结束后十二个月内向租客出示费用明细。
租户组织对新规表示欢迎，但认为力度仍然不够。在大城市，近年来租金上涨过快，许多家庭用于住房的支出已超过收入的三分之一。
相关新闻
政府拟延长租金上限政策
房产税：业主需要了解的事
"""


def test_a_notice_title_is_not_a_row_of_its_form_table() -> None:
    record = clean_text(NOTICE.encode(), source="notice.txt")
    assert record["title"] == "关于做好2024年春季农作物病虫害防控工作的通知"


def test_a_question_title_is_not_the_question_text_under_it() -> None:
    record = clean_text(QUESTION.encode(), source="question.txt")
    assert record["title"] == "冰箱冷藏室结冰是什么原因？"


def test_a_label_shaped_headline_over_its_source_rows_is_the_title() -> None:
    title = "新规：租客权益变化"
    record = clean_text(NEWS.format(title=title).encode(), source="news.txt")
    assert record["title"] == title


def test_a_short_headline_with_an_exclamation_inside_is_the_title() -> None:
    title = "注意！租房新规明年1月起实施 租客权益将有哪些变化"
    record = clean_text(NEWS.format(title=title).encode(), source="news.txt")
    assert record["title"] == title
