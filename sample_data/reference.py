"""Reference tables of the synthetic data set: provinces, the court hierarchy, campaigns, and the
fixed showcase case (Tianshui, 2020-2021) that exists at every scale.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

# ---------------------------------------------------------------------------------------------
# Provinces: GB/T 2260 code, names, one-character abbreviation, year-end 2023 population (10k),
# and an economy factor that turns population into enforcement caseload (more commerce, more
# credit, more judgments to enforce). The factors are estimates chosen so that Guangdong, Jiangsu,
# Zhejiang, Shandong and Henan are the five largest, as the SPC reported for 2018 H1.
# ---------------------------------------------------------------------------------------------

# code, name_zh, name_en, abbr_zh, population_10k, economy_factor
PROVINCES: tuple[tuple[str, str, str, str, float, float], ...] = (
    ("110000", "北京市", "Beijing", "京", 2185.8, 1.75),
    ("120000", "天津市", "Tianjin", "津", 1364.0, 1.30),
    ("130000", "河北省", "Hebei", "冀", 7393.0, 0.85),
    ("140000", "山西省", "Shanxi", "晋", 3466.0, 0.80),
    ("150000", "内蒙古自治区", "Inner Mongolia", "蒙", 2396.0, 0.95),
    ("210000", "辽宁省", "Liaoning", "辽", 4182.0, 0.95),
    ("220000", "吉林省", "Jilin", "吉", 2339.0, 0.85),
    ("230000", "黑龙江省", "Heilongjiang", "黑", 3062.0, 0.85),
    ("310000", "上海市", "Shanghai", "沪", 2487.0, 1.75),
    ("320000", "江苏省", "Jiangsu", "苏", 8526.0, 1.45),
    ("330000", "浙江省", "Zhejiang", "浙", 6627.0, 1.70),
    ("340000", "安徽省", "Anhui", "皖", 6121.0, 0.90),
    ("350000", "福建省", "Fujian", "闽", 4183.0, 1.15),
    ("360000", "江西省", "Jiangxi", "赣", 4515.0, 0.80),
    ("370000", "山东省", "Shandong", "鲁", 10123.0, 1.00),
    ("410000", "河南省", "Henan", "豫", 9815.0, 0.90),
    ("420000", "湖北省", "Hubei", "鄂", 5838.0, 0.90),
    ("430000", "湖南省", "Hunan", "湘", 6568.0, 0.80),
    ("440000", "广东省", "Guangdong", "粤", 12706.0, 1.35),
    ("450000", "广西壮族自治区", "Guangxi", "桂", 5027.0, 0.70),
    ("460000", "海南省", "Hainan", "琼", 1043.0, 0.85),
    ("500000", "重庆市", "Chongqing", "渝", 3191.0, 1.00),
    ("510000", "四川省", "Sichuan", "川", 8368.0, 0.85),
    ("520000", "贵州省", "Guizhou", "贵", 3865.0, 0.70),
    ("530000", "云南省", "Yunnan", "云", 4673.0, 0.75),
    ("540000", "西藏自治区", "Tibet (Xizang)", "藏", 365.0, 0.45),
    ("610000", "陕西省", "Shaanxi", "陕", 3952.0, 0.85),
    ("620000", "甘肃省", "Gansu", "甘", 2465.0, 0.65),
    ("630000", "青海省", "Qinghai", "青", 594.0, 0.65),
    ("640000", "宁夏回族自治区", "Ningxia", "宁", 729.0, 0.85),
    ("650000", "新疆维吾尔自治区", "Xinjiang", "新", 2598.0, 0.70),
)
PROVINCE_CODES = tuple(p[0] for p in PROVINCES)
PROVINCE_INDEX = {p[0]: i for i, p in enumerate(PROVINCES)}

# The SPC sits above the provinces; it gets this code rather than a null so that every court row
# has a province_code. It is not a row of the provinces table.
SPC_PROVINCE_CODE = "000000"

# ---------------------------------------------------------------------------------------------
# Prefecture-level divisions, one intermediate court each: (2-digit GB/T 2260 city code, short
# Chinese name as used in court names without 市, pinyin English, is_city). The case-number prefix
# of the intermediate court is abbreviation + city code (天水 -> 甘05).
# ---------------------------------------------------------------------------------------------


def _c(code: str, zh: str, en: str, city: bool = True) -> tuple[str, str, str, bool]:
    return (code, zh, en, city)


PREFECTURES: dict[str, tuple[tuple[str, str, str, bool], ...]] = {
    "130000": (
        _c("01", "石家庄", "Shijiazhuang"),
        _c("02", "唐山", "Tangshan"),
        _c("03", "秦皇岛", "Qinhuangdao"),
        _c("04", "邯郸", "Handan"),
        _c("05", "邢台", "Xingtai"),
        _c("06", "保定", "Baoding"),
        _c("07", "张家口", "Zhangjiakou"),
        _c("08", "承德", "Chengde"),
        _c("09", "沧州", "Cangzhou"),
        _c("10", "廊坊", "Langfang"),
        _c("11", "衡水", "Hengshui"),
    ),
    "140000": (
        _c("01", "太原", "Taiyuan"),
        _c("02", "大同", "Datong"),
        _c("03", "阳泉", "Yangquan"),
        _c("04", "长治", "Changzhi"),
        _c("05", "晋城", "Jincheng"),
        _c("06", "朔州", "Shuozhou"),
        _c("07", "晋中", "Jinzhong"),
        _c("08", "运城", "Yuncheng"),
        _c("09", "忻州", "Xinzhou"),
        _c("10", "临汾", "Linfen"),
        _c("11", "吕梁", "Lvliang"),
    ),
    "150000": (
        _c("01", "呼和浩特", "Hohhot"),
        _c("02", "包头", "Baotou"),
        _c("03", "乌海", "Wuhai"),
        _c("04", "赤峰", "Chifeng"),
        _c("05", "通辽", "Tongliao"),
        _c("06", "鄂尔多斯", "Ordos"),
        _c("07", "呼伦贝尔", "Hulunbuir"),
        _c("08", "巴彦淖尔", "Bayannur"),
        _c("09", "乌兰察布", "Ulanqab"),
        _c("22", "兴安盟", "Hinggan League", False),
        _c("25", "锡林郭勒盟", "Xilingol League", False),
        _c("29", "阿拉善盟", "Alxa League", False),
    ),
    "210000": (
        _c("01", "沈阳", "Shenyang"),
        _c("02", "大连", "Dalian"),
        _c("03", "鞍山", "Anshan"),
        _c("04", "抚顺", "Fushun"),
        _c("05", "本溪", "Benxi"),
        _c("06", "丹东", "Dandong"),
        _c("07", "锦州", "Jinzhou"),
        _c("08", "营口", "Yingkou"),
        _c("09", "阜新", "Fuxin"),
        _c("10", "辽阳", "Liaoyang"),
        _c("11", "盘锦", "Panjin"),
        _c("12", "铁岭", "Tieling"),
        _c("13", "朝阳", "Chaoyang"),
        _c("14", "葫芦岛", "Huludao"),
    ),
    "220000": (
        _c("01", "长春", "Changchun"),
        _c("02", "吉林", "Jilin"),
        _c("03", "四平", "Siping"),
        _c("04", "辽源", "Liaoyuan"),
        _c("05", "通化", "Tonghua"),
        _c("06", "白山", "Baishan"),
        _c("07", "松原", "Songyuan"),
        _c("08", "白城", "Baicheng"),
        _c("24", "延边朝鲜族自治州", "Yanbian Korean Autonomous Prefecture", False),
    ),
    "230000": (
        _c("01", "哈尔滨", "Harbin"),
        _c("02", "齐齐哈尔", "Qiqihar"),
        _c("03", "鸡西", "Jixi"),
        _c("04", "鹤岗", "Hegang"),
        _c("05", "双鸭山", "Shuangyashan"),
        _c("06", "大庆", "Daqing"),
        _c("07", "伊春", "Yichun"),
        _c("08", "佳木斯", "Jiamusi"),
        _c("09", "七台河", "Qitaihe"),
        _c("10", "牡丹江", "Mudanjiang"),
        _c("11", "黑河", "Heihe"),
        _c("12", "绥化", "Suihua"),
        _c("27", "大兴安岭地区", "Da Hinggan Ling Prefecture", False),
    ),
    "320000": (
        _c("01", "南京", "Nanjing"),
        _c("02", "无锡", "Wuxi"),
        _c("03", "徐州", "Xuzhou"),
        _c("04", "常州", "Changzhou"),
        _c("05", "苏州", "Suzhou"),
        _c("06", "南通", "Nantong"),
        _c("07", "连云港", "Lianyungang"),
        _c("08", "淮安", "Huai'an"),
        _c("09", "盐城", "Yancheng"),
        _c("10", "扬州", "Yangzhou"),
        _c("11", "镇江", "Zhenjiang"),
        _c("12", "泰州", "Taizhou"),
        _c("13", "宿迁", "Suqian"),
    ),
    "330000": (
        _c("01", "杭州", "Hangzhou"),
        _c("02", "宁波", "Ningbo"),
        _c("03", "温州", "Wenzhou"),
        _c("04", "嘉兴", "Jiaxing"),
        _c("05", "湖州", "Huzhou"),
        _c("06", "绍兴", "Shaoxing"),
        _c("07", "金华", "Jinhua"),
        _c("08", "衢州", "Quzhou"),
        _c("09", "舟山", "Zhoushan"),
        _c("10", "台州", "Taizhou"),
        _c("11", "丽水", "Lishui"),
    ),
    "340000": (
        _c("01", "合肥", "Hefei"),
        _c("02", "芜湖", "Wuhu"),
        _c("03", "蚌埠", "Bengbu"),
        _c("04", "淮南", "Huainan"),
        _c("05", "马鞍山", "Ma'anshan"),
        _c("06", "淮北", "Huaibei"),
        _c("07", "铜陵", "Tongling"),
        _c("08", "安庆", "Anqing"),
        _c("10", "黄山", "Huangshan"),
        _c("11", "滁州", "Chuzhou"),
        _c("12", "阜阳", "Fuyang"),
        _c("13", "宿州", "Suzhou"),
        _c("15", "六安", "Lu'an"),
        _c("16", "亳州", "Bozhou"),
        _c("17", "池州", "Chizhou"),
        _c("18", "宣城", "Xuancheng"),
    ),
    "350000": (
        _c("01", "福州", "Fuzhou"),
        _c("02", "厦门", "Xiamen"),
        _c("03", "莆田", "Putian"),
        _c("04", "三明", "Sanming"),
        _c("05", "泉州", "Quanzhou"),
        _c("06", "漳州", "Zhangzhou"),
        _c("07", "南平", "Nanping"),
        _c("08", "龙岩", "Longyan"),
        _c("09", "宁德", "Ningde"),
    ),
    "360000": (
        _c("01", "南昌", "Nanchang"),
        _c("02", "景德镇", "Jingdezhen"),
        _c("03", "萍乡", "Pingxiang"),
        _c("04", "九江", "Jiujiang"),
        _c("05", "新余", "Xinyu"),
        _c("06", "鹰潭", "Yingtan"),
        _c("07", "赣州", "Ganzhou"),
        _c("08", "吉安", "Ji'an"),
        _c("09", "宜春", "Yichun"),
        _c("10", "抚州", "Fuzhou"),
        _c("11", "上饶", "Shangrao"),
    ),
    "370000": (
        _c("01", "济南", "Jinan"),
        _c("02", "青岛", "Qingdao"),
        _c("03", "淄博", "Zibo"),
        _c("04", "枣庄", "Zaozhuang"),
        _c("05", "东营", "Dongying"),
        _c("06", "烟台", "Yantai"),
        _c("07", "潍坊", "Weifang"),
        _c("08", "济宁", "Jining"),
        _c("09", "泰安", "Tai'an"),
        _c("10", "威海", "Weihai"),
        _c("11", "日照", "Rizhao"),
        _c("13", "临沂", "Linyi"),
        _c("14", "德州", "Dezhou"),
        _c("15", "聊城", "Liaocheng"),
        _c("16", "滨州", "Binzhou"),
        _c("17", "菏泽", "Heze"),
    ),
    "410000": (
        _c("01", "郑州", "Zhengzhou"),
        _c("02", "开封", "Kaifeng"),
        _c("03", "洛阳", "Luoyang"),
        _c("04", "平顶山", "Pingdingshan"),
        _c("05", "安阳", "Anyang"),
        _c("06", "鹤壁", "Hebi"),
        _c("07", "新乡", "Xinxiang"),
        _c("08", "焦作", "Jiaozuo"),
        _c("09", "濮阳", "Puyang"),
        _c("10", "许昌", "Xuchang"),
        _c("11", "漯河", "Luohe"),
        _c("12", "三门峡", "Sanmenxia"),
        _c("13", "南阳", "Nanyang"),
        _c("14", "商丘", "Shangqiu"),
        _c("15", "信阳", "Xinyang"),
        _c("16", "周口", "Zhoukou"),
        _c("17", "驻马店", "Zhumadian"),
    ),
    "420000": (
        _c("01", "武汉", "Wuhan"),
        _c("02", "黄石", "Huangshi"),
        _c("03", "十堰", "Shiyan"),
        _c("05", "宜昌", "Yichang"),
        _c("06", "襄阳", "Xiangyang"),
        _c("07", "鄂州", "Ezhou"),
        _c("08", "荆门", "Jingmen"),
        _c("09", "孝感", "Xiaogan"),
        _c("10", "荆州", "Jingzhou"),
        _c("11", "黄冈", "Huanggang"),
        _c("12", "咸宁", "Xianning"),
        _c("13", "随州", "Suizhou"),
        _c("28", "恩施土家族苗族自治州", "Enshi Tujia and Miao Autonomous Prefecture", False),
    ),
    "430000": (
        _c("01", "长沙", "Changsha"),
        _c("02", "株洲", "Zhuzhou"),
        _c("03", "湘潭", "Xiangtan"),
        _c("04", "衡阳", "Hengyang"),
        _c("05", "邵阳", "Shaoyang"),
        _c("06", "岳阳", "Yueyang"),
        _c("07", "常德", "Changde"),
        _c("08", "张家界", "Zhangjiajie"),
        _c("09", "益阳", "Yiyang"),
        _c("10", "郴州", "Chenzhou"),
        _c("11", "永州", "Yongzhou"),
        _c("12", "怀化", "Huaihua"),
        _c("13", "娄底", "Loudi"),
        _c("31", "湘西土家族苗族自治州", "Xiangxi Tujia and Miao Autonomous Prefecture", False),
    ),
    "440000": (
        _c("01", "广州", "Guangzhou"),
        _c("02", "韶关", "Shaoguan"),
        _c("03", "深圳", "Shenzhen"),
        _c("04", "珠海", "Zhuhai"),
        _c("05", "汕头", "Shantou"),
        _c("06", "佛山", "Foshan"),
        _c("07", "江门", "Jiangmen"),
        _c("08", "湛江", "Zhanjiang"),
        _c("09", "茂名", "Maoming"),
        _c("12", "肇庆", "Zhaoqing"),
        _c("13", "惠州", "Huizhou"),
        _c("14", "梅州", "Meizhou"),
        _c("15", "汕尾", "Shanwei"),
        _c("16", "河源", "Heyuan"),
        _c("17", "阳江", "Yangjiang"),
        _c("18", "清远", "Qingyuan"),
        _c("19", "东莞", "Dongguan"),
        _c("20", "中山", "Zhongshan"),
        _c("51", "潮州", "Chaozhou"),
        _c("52", "揭阳", "Jieyang"),
        _c("53", "云浮", "Yunfu"),
    ),
    "450000": (
        _c("01", "南宁", "Nanning"),
        _c("02", "柳州", "Liuzhou"),
        _c("03", "桂林", "Guilin"),
        _c("04", "梧州", "Wuzhou"),
        _c("05", "北海", "Beihai"),
        _c("06", "防城港", "Fangchenggang"),
        _c("07", "钦州", "Qinzhou"),
        _c("08", "贵港", "Guigang"),
        _c("09", "玉林", "Yulin"),
        _c("10", "百色", "Baise"),
        _c("11", "贺州", "Hezhou"),
        _c("12", "河池", "Hechi"),
        _c("13", "来宾", "Laibin"),
        _c("14", "崇左", "Chongzuo"),
    ),
    "510000": (
        _c("01", "成都", "Chengdu"),
        _c("03", "自贡", "Zigong"),
        _c("04", "攀枝花", "Panzhihua"),
        _c("05", "泸州", "Luzhou"),
        _c("06", "德阳", "Deyang"),
        _c("07", "绵阳", "Mianyang"),
        _c("08", "广元", "Guangyuan"),
        _c("09", "遂宁", "Suining"),
        _c("10", "内江", "Neijiang"),
        _c("11", "乐山", "Leshan"),
        _c("13", "南充", "Nanchong"),
        _c("14", "眉山", "Meishan"),
        _c("15", "宜宾", "Yibin"),
        _c("16", "广安", "Guang'an"),
        _c("17", "达州", "Dazhou"),
        _c("18", "雅安", "Ya'an"),
        _c("19", "巴中", "Bazhong"),
        _c("20", "资阳", "Ziyang"),
        _c("32", "阿坝藏族羌族自治州", "Aba Tibetan and Qiang Autonomous Prefecture", False),
        _c("33", "甘孜藏族自治州", "Garze Tibetan Autonomous Prefecture", False),
        _c("34", "凉山彝族自治州", "Liangshan Yi Autonomous Prefecture", False),
    ),
    "520000": (
        _c("01", "贵阳", "Guiyang"),
        _c("02", "六盘水", "Liupanshui"),
        _c("03", "遵义", "Zunyi"),
        _c("04", "安顺", "Anshun"),
        _c("05", "毕节", "Bijie"),
        _c("06", "铜仁", "Tongren"),
        _c("23", "黔西南布依族苗族自治州", "Qianxinan Buyei and Miao Autonomous Prefecture", False),
        _c("26", "黔东南苗族侗族自治州", "Qiandongnan Miao and Dong Autonomous Prefecture", False),
        _c("27", "黔南布依族苗族自治州", "Qiannan Buyei and Miao Autonomous Prefecture", False),
    ),
    "530000": (
        _c("01", "昆明", "Kunming"),
        _c("03", "曲靖", "Qujing"),
        _c("04", "玉溪", "Yuxi"),
        _c("05", "保山", "Baoshan"),
        _c("06", "昭通", "Zhaotong"),
        _c("07", "丽江", "Lijiang"),
        _c("08", "普洱", "Pu'er"),
        _c("09", "临沧", "Lincang"),
        _c("23", "楚雄彝族自治州", "Chuxiong Yi Autonomous Prefecture", False),
        _c("25", "红河哈尼族彝族自治州", "Honghe Hani and Yi Autonomous Prefecture", False),
        _c("26", "文山壮族苗族自治州", "Wenshan Zhuang and Miao Autonomous Prefecture", False),
        _c("28", "西双版纳傣族自治州", "Xishuangbanna Dai Autonomous Prefecture", False),
        _c("29", "大理白族自治州", "Dali Bai Autonomous Prefecture", False),
        _c("31", "德宏傣族景颇族自治州", "Dehong Dai and Jingpo Autonomous Prefecture", False),
        _c("33", "怒江傈僳族自治州", "Nujiang Lisu Autonomous Prefecture", False),
        _c("34", "迪庆藏族自治州", "Diqing Tibetan Autonomous Prefecture", False),
    ),
    "540000": (
        _c("01", "拉萨", "Lhasa"),
        _c("02", "日喀则", "Shigatse"),
        _c("03", "昌都", "Qamdo"),
        _c("04", "林芝", "Nyingchi"),
        _c("05", "山南", "Shannan"),
        _c("06", "那曲", "Nagqu"),
        _c("25", "阿里地区", "Ngari Prefecture", False),
    ),
    "610000": (
        _c("01", "西安", "Xi'an"),
        _c("02", "铜川", "Tongchuan"),
        _c("03", "宝鸡", "Baoji"),
        _c("04", "咸阳", "Xianyang"),
        _c("05", "渭南", "Weinan"),
        _c("06", "延安", "Yan'an"),
        _c("07", "汉中", "Hanzhong"),
        _c("08", "榆林", "Yulin"),
        _c("09", "安康", "Ankang"),
        _c("10", "商洛", "Shangluo"),
    ),
    "620000": (
        _c("01", "兰州", "Lanzhou"),
        _c("02", "嘉峪关", "Jiayuguan"),
        _c("03", "金昌", "Jinchang"),
        _c("04", "白银", "Baiyin"),
        _c("05", "天水", "Tianshui"),
        _c("06", "武威", "Wuwei"),
        _c("07", "张掖", "Zhangye"),
        _c("08", "平凉", "Pingliang"),
        _c("09", "酒泉", "Jiuquan"),
        _c("10", "庆阳", "Qingyang"),
        _c("11", "定西", "Dingxi"),
        _c("12", "陇南", "Longnan"),
        _c("29", "临夏回族自治州", "Linxia Hui Autonomous Prefecture", False),
        _c("30", "甘南藏族自治州", "Gannan Tibetan Autonomous Prefecture", False),
    ),
    "630000": (
        _c("01", "西宁", "Xining"),
        _c("02", "海东", "Haidong"),
        _c("22", "海北藏族自治州", "Haibei Tibetan Autonomous Prefecture", False),
        _c("23", "黄南藏族自治州", "Huangnan Tibetan Autonomous Prefecture", False),
        _c("25", "海南藏族自治州", "Hainan Tibetan Autonomous Prefecture", False),
        _c("26", "果洛藏族自治州", "Golog Tibetan Autonomous Prefecture", False),
        _c("27", "玉树藏族自治州", "Yushu Tibetan Autonomous Prefecture", False),
        _c("28", "海西蒙古族藏族自治州", "Haixi Mongol and Tibetan Autonomous Prefecture", False),
    ),
    "640000": (
        _c("01", "银川", "Yinchuan"),
        _c("02", "石嘴山", "Shizuishan"),
        _c("03", "吴忠", "Wuzhong"),
        _c("04", "固原", "Guyuan"),
        _c("05", "中卫", "Zhongwei"),
    ),
    "650000": (
        _c("01", "乌鲁木齐", "Urumqi"),
        _c("02", "克拉玛依", "Karamay"),
        _c("04", "吐鲁番", "Turpan"),
        _c("05", "哈密", "Hami"),
        _c("23", "昌吉回族自治州", "Changji Hui Autonomous Prefecture", False),
        _c("27", "博尔塔拉蒙古自治州", "Bortala Mongol Autonomous Prefecture", False),
        _c("28", "巴音郭楞蒙古自治州", "Bayingolin Mongol Autonomous Prefecture", False),
        _c("29", "阿克苏地区", "Aksu Prefecture", False),
        _c("30", "克孜勒苏柯尔克孜自治州", "Kizilsu Kirghiz Autonomous Prefecture", False),
        _c("31", "喀什地区", "Kashgar Prefecture", False),
        _c("32", "和田地区", "Hotan Prefecture", False),
        _c("40", "伊犁哈萨克自治州", "Ili Kazakh Autonomous Prefecture", False),
        _c("42", "塔城地区", "Tacheng Prefecture", False),
        _c("43", "阿勒泰地区", "Altay Prefecture", False),
    ),
}

# Hainan's four intermediate courts are two city courts and two regional ones (the provincial
# No. 1 and No. 2 intermediate courts, case-number codes 96 and 97).
HAINAN_ICS = (
    ("01", "海口", "Haikou", "海口市中级人民法院", "Haikou Intermediate People's Court"),
    ("02", "三亚", "Sanya", "三亚市中级人民法院", "Sanya Intermediate People's Court"),
    ("96", "琼海", "Qionghai", "海南省第一中级人民法院", "Hainan No. 1 Intermediate People's Court"),
    ("97", "儋州", "Danzhou", "海南省第二中级人民法院", "Hainan No. 2 Intermediate People's Court"),
)

# The four municipalities have numbered intermediate courts; their basic courts are the districts
# (name_zh, name_en, 4-digit code, index of the intermediate court that hears their appeals).
MUNICIPALITY_ICS = {"110000": 4, "120000": 3, "310000": 3, "500000": 5}
MUNICIPALITY_DISTRICTS: dict[str, tuple[tuple[str, str, str, int], ...]] = {
    "110000": (
        ("东城区", "Dongcheng District", "0101", 1),
        ("西城区", "Xicheng District", "0102", 1),
        ("朝阳区", "Chaoyang District", "0105", 2),
        ("丰台区", "Fengtai District", "0106", 1),
        ("石景山区", "Shijingshan District", "0107", 0),
        ("海淀区", "Haidian District", "0108", 0),
        ("门头沟区", "Mentougou District", "0109", 0),
        ("房山区", "Fangshan District", "0111", 1),
        ("通州区", "Tongzhou District", "0112", 2),
        ("顺义区", "Shunyi District", "0113", 2),
        ("昌平区", "Changping District", "0114", 0),
        ("大兴区", "Daxing District", "0115", 1),
        ("怀柔区", "Huairou District", "0116", 2),
        ("平谷区", "Pinggu District", "0117", 2),
        ("密云区", "Miyun District", "0118", 2),
        ("延庆区", "Yanqing District", "0119", 0),
    ),
    "120000": (
        ("和平区", "Heping District", "0101", 0),
        ("河东区", "Hedong District", "0102", 1),
        ("河西区", "Hexi District", "0103", 1),
        ("南开区", "Nankai District", "0104", 0),
        ("河北区", "Hebei District", "0105", 1),
        ("红桥区", "Hongqiao District", "0106", 0),
        ("东丽区", "Dongli District", "0110", 1),
        ("西青区", "Xiqing District", "0111", 0),
        ("津南区", "Jinnan District", "0112", 1),
        ("北辰区", "Beichen District", "0113", 0),
        ("武清区", "Wuqing District", "0114", 0),
        ("宝坻区", "Baodi District", "0115", 1),
        ("滨海新区", "Binhai New Area", "0116", 2),
        ("宁河区", "Ninghe District", "0117", 1),
        ("静海区", "Jinghai District", "0118", 0),
        ("蓟州区", "Jizhou District", "0119", 1),
    ),
    "310000": (
        ("黄浦区", "Huangpu District", "0101", 1),
        ("徐汇区", "Xuhui District", "0104", 0),
        ("长宁区", "Changning District", "0105", 0),
        ("静安区", "Jing'an District", "0106", 1),
        ("普陀区", "Putuo District", "0107", 1),
        ("虹口区", "Hongkou District", "0109", 1),
        ("杨浦区", "Yangpu District", "0110", 1),
        ("闵行区", "Minhang District", "0112", 0),
        ("宝山区", "Baoshan District", "0113", 1),
        ("嘉定区", "Jiading District", "0114", 1),
        ("浦东新区", "Pudong New Area", "0115", 0),
        ("金山区", "Jinshan District", "0116", 0),
        ("松江区", "Songjiang District", "0117", 0),
        ("青浦区", "Qingpu District", "0118", 0),
        ("奉贤区", "Fengxian District", "0120", 0),
        ("崇明区", "Chongming District", "0151", 1),
    ),
    "500000": (
        ("万州区", "Wanzhou District", "0101", 1),
        ("涪陵区", "Fuling District", "0102", 2),
        ("渝中区", "Yuzhong District", "0103", 4),
        ("大渡口区", "Dadukou District", "0104", 0),
        ("江北区", "Jiangbei District", "0105", 4),
        ("沙坪坝区", "Shapingba District", "0106", 0),
        ("九龙坡区", "Jiulongpo District", "0107", 0),
        ("南岸区", "Nan'an District", "0108", 4),
        ("北碚区", "Beibei District", "0109", 0),
        ("綦江区", "Qijiang District", "0110", 4),
        ("大足区", "Dazu District", "0111", 0),
        ("渝北区", "Yubei District", "0112", 4),
        ("巴南区", "Banan District", "0113", 4),
        ("黔江区", "Qianjiang District", "0114", 3),
        ("长寿区", "Changshou District", "0115", 2),
        ("江津区", "Jiangjin District", "0116", 0),
        ("合川区", "Hechuan District", "0117", 0),
        ("永川区", "Yongchuan District", "0118", 0),
        ("南川区", "Nanchuan District", "0119", 2),
        ("璧山区", "Bishan District", "0120", 0),
        ("铜梁区", "Tongliang District", "0151", 0),
        ("潼南区", "Tongnan District", "0152", 0),
        ("荣昌区", "Rongchang District", "0153", 0),
        ("开州区", "Kaizhou District", "0154", 1),
        ("梁平区", "Liangping District", "0155", 1),
        ("武隆区", "Wulong District", "0156", 2),
        ("城口县", "Chengkou County", "0229", 1),
        ("丰都县", "Fengdu County", "0230", 2),
        ("垫江县", "Dianjiang County", "0231", 2),
        ("忠县", "Zhong County", "0233", 1),
        ("云阳县", "Yunyang County", "0235", 1),
        ("奉节县", "Fengjie County", "0236", 1),
        ("巫山县", "Wushan County", "0237", 1),
        ("巫溪县", "Wuxi County", "0238", 1),
        ("石柱土家族自治县", "Shizhu Tujia Autonomous County", "0240", 3),
        ("秀山土家族苗族自治县", "Xiushan Tujia and Miao Autonomous County", "0241", 3),
        ("酉阳土家族苗族自治县", "Youyang Tujia and Miao Autonomous County", "0242", 3),
        ("彭水苗族土家族自治县", "Pengshui Miao and Tujia Autonomous County", "0243", 3),
    ),
}
MUNICIPALITY_CITY = {
    "110000": ("北京", "Beijing"),
    "120000": ("天津", "Tianjin"),
    "310000": ("上海", "Shanghai"),
    "500000": ("重庆", "Chongqing"),
}

# Counties and districts known by name, per (province, city code): (name, English, 4-digit code).
KNOWN_COUNTIES: dict[tuple[str, str], tuple[tuple[str, str, str], ...]] = {
    ("620000", "05"): (
        ("秦州区", "Qinzhou District", "0502"),
        ("麦积区", "Maiji District", "0503"),
        ("清水县", "Qingshui County", "0521"),
        ("秦安县", "Qin'an County", "0522"),
        ("甘谷县", "Gangu County", "0523"),
        ("武山县", "Wushan County", "0524"),
        ("张家川回族自治县", "Zhangjiachuan Hui Autonomous County", "0525"),
    ),
    ("620000", "01"): (
        ("城关区", "Chengguan District", "0102"),
        ("七里河区", "Qilihe District", "0103"),
        ("西固区", "Xigu District", "0104"),
        ("安宁区", "Anning District", "0105"),
        ("红古区", "Honggu District", "0111"),
        ("永登县", "Yongdeng County", "0121"),
        ("皋兰县", "Gaolan County", "0122"),
        ("榆中县", "Yuzhong County", "0123"),
    ),
}

# County-level divisions (= basic courts) per province, from the calibration file (E).
BASIC_COUNTS = {
    "110000": 16,
    "120000": 16,
    "130000": 167,
    "140000": 117,
    "150000": 103,
    "210000": 100,
    "220000": 60,
    "230000": 121,
    "310000": 16,
    "320000": 95,
    "330000": 90,
    "340000": 104,
    "350000": 84,
    "360000": 100,
    "370000": 136,
    "410000": 157,
    "420000": 103,
    "430000": 122,
    "440000": 122,
    "450000": 111,
    "460000": 25,
    "500000": 38,
    "510000": 183,
    "520000": 88,
    "530000": 129,
    "540000": 74,
    "610000": 107,
    "620000": 86,
    "630000": 44,
    "640000": 22,
    "650000": 107,
}

# Specialised intermediate-level courts: (province, city_zh, city_en, name_zh, name_en, prefix code).
# Maritime courts use code 72, IP courts 73, financial courts 74 and railway transport courts 71,
# as in their case numbers.
SPECIAL_ICS: tuple[tuple[str, str, str, str, str, str], ...] = (
    ("210000", "大连", "Dalian", "大连海事法院", "Dalian Maritime Court", "72"),
    ("120000", "天津", "Tianjin", "天津海事法院", "Tianjin Maritime Court", "72"),
    ("370000", "青岛", "Qingdao", "青岛海事法院", "Qingdao Maritime Court", "72"),
    ("310000", "上海", "Shanghai", "上海海事法院", "Shanghai Maritime Court", "72"),
    ("330000", "宁波", "Ningbo", "宁波海事法院", "Ningbo Maritime Court", "72"),
    ("350000", "厦门", "Xiamen", "厦门海事法院", "Xiamen Maritime Court", "72"),
    ("420000", "武汉", "Wuhan", "武汉海事法院", "Wuhan Maritime Court", "72"),
    ("440000", "广州", "Guangzhou", "广州海事法院", "Guangzhou Maritime Court", "72"),
    ("450000", "北海", "Beihai", "北海海事法院", "Beihai Maritime Court", "72"),
    ("460000", "海口", "Haikou", "海口海事法院", "Haikou Maritime Court", "72"),
    ("320000", "南京", "Nanjing", "南京海事法院", "Nanjing Maritime Court", "72"),
    ("110000", "北京", "Beijing", "北京知识产权法院", "Beijing Intellectual Property Court", "73"),
    ("310000", "上海", "Shanghai", "上海知识产权法院", "Shanghai Intellectual Property Court", "73"),
    ("440000", "广州", "Guangzhou", "广州知识产权法院", "Guangzhou Intellectual Property Court", "73"),
    (
        "460000",
        "海口",
        "Haikou",
        "海南自由贸易港知识产权法院",
        "Hainan Free Trade Port Intellectual Property Court",
        "73",
    ),
    ("310000", "上海", "Shanghai", "上海金融法院", "Shanghai Financial Court", "74"),
    ("110000", "北京", "Beijing", "北京金融法院", "Beijing Financial Court", "74"),
    ("500000", "重庆", "Chongqing", "成渝金融法院", "Chengdu-Chongqing Financial Court", "74"),
    ("110000", "北京", "Beijing", "北京铁路运输中级法院", "Beijing Railway Transport Intermediate Court", "71"),
    ("210000", "沈阳", "Shenyang", "沈阳铁路运输中级法院", "Shenyang Railway Transport Intermediate Court", "71"),
    ("230000", "哈尔滨", "Harbin", "哈尔滨铁路运输中级法院", "Harbin Railway Transport Intermediate Court", "71"),
    ("220000", "长春", "Changchun", "长春铁路运输中级法院", "Changchun Railway Transport Intermediate Court", "71"),
    ("150000", "呼和浩特", "Hohhot", "呼和浩特铁路运输中级法院", "Hohhot Railway Transport Intermediate Court", "71"),
    ("140000", "太原", "Taiyuan", "太原铁路运输中级法院", "Taiyuan Railway Transport Intermediate Court", "71"),
    ("370000", "济南", "Jinan", "济南铁路运输中级法院", "Jinan Railway Transport Intermediate Court", "71"),
    ("320000", "南京", "Nanjing", "南京铁路运输中级法院", "Nanjing Railway Transport Intermediate Court", "71"),
    ("410000", "郑州", "Zhengzhou", "郑州铁路运输中级法院", "Zhengzhou Railway Transport Intermediate Court", "71"),
    ("420000", "武汉", "Wuhan", "武汉铁路运输中级法院", "Wuhan Railway Transport Intermediate Court", "71"),
    ("360000", "南昌", "Nanchang", "南昌铁路运输中级法院", "Nanchang Railway Transport Intermediate Court", "71"),
    ("440000", "广州", "Guangzhou", "广州铁路运输中级法院", "Guangzhou Railway Transport Intermediate Court", "71"),
    ("450000", "南宁", "Nanning", "南宁铁路运输中级法院", "Nanning Railway Transport Intermediate Court", "71"),
    ("510000", "成都", "Chengdu", "成都铁路运输中级法院", "Chengdu Railway Transport Intermediate Court", "71"),
    ("530000", "昆明", "Kunming", "昆明铁路运输中级法院", "Kunming Railway Transport Intermediate Court", "71"),
    ("610000", "西安", "Xi'an", "西安铁路运输中级法院", "Xi'an Railway Transport Intermediate Court", "71"),
    ("620000", "兰州", "Lanzhou", "兰州铁路运输中级法院", "Lanzhou Railway Transport Intermediate Court", "71"),
    ("650000", "乌鲁木齐", "Urumqi", "乌鲁木齐铁路运输中级法院", "Urumqi Railway Transport Intermediate Court", "71"),
    ("230000", "哈尔滨", "Harbin", "黑龙江省林区中级法院", "Heilongjiang Forest Region Intermediate Court", "75"),
    ("220000", "长春", "Changchun", "吉林省林区中级法院", "Jilin Forest Region Intermediate Court", "75"),
)

# Divisions of the Xinjiang Production and Construction Corps, each with an intermediate court under
# the XPCC branch of the Xinjiang high court (case-number prefix 兵 + division number).
XPCC_DIVISIONS: tuple[tuple[str, str, str], ...] = (
    ("第一师", "1st Division", "阿拉尔"),
    ("第二师", "2nd Division", "铁门关"),
    ("第三师", "3rd Division", "图木舒克"),
    ("第四师", "4th Division", "可克达拉"),
    ("第五师", "5th Division", "双河"),
    ("第六师", "6th Division", "五家渠"),
    ("第七师", "7th Division", "胡杨河"),
    ("第八师", "8th Division", "石河子"),
    ("第九师", "9th Division", "白杨"),
    ("第十师", "10th Division", "北屯"),
    ("第十一师", "11th Division", "乌鲁木齐"),
    ("第十二师", "12th Division", "乌鲁木齐"),
    ("第十三师", "13th Division", "新星"),
    ("第十四师", "14th Division", "昆玉"),
)
XPCC_CITY_EN = {
    "阿拉尔": "Aral",
    "铁门关": "Tiemenguan",
    "图木舒克": "Tumxuk",
    "可克达拉": "Kokdala",
    "双河": "Shuanghe",
    "五家渠": "Wujiaqu",
    "胡杨河": "Huyanghe",
    "石河子": "Shihezi",
    "白杨": "Baiyang",
    "北屯": "Beitun",
    "乌鲁木齐": "Urumqi",
    "新星": "Xinxing",
    "昆玉": "Kunyu",
}

# Internet courts (basic level): province, city, name, English, prefix digits.
INTERNET_COURTS = (
    ("330000", "杭州", "Hangzhou", "杭州互联网法院", "Hangzhou Internet Court", "0192"),
    ("110000", "北京", "Beijing", "北京互联网法院", "Beijing Internet Court", "0491"),
    ("440000", "广州", "Guangzhou", "广州互联网法院", "Guangzhou Internet Court", "0192"),
)

# The published total is about 3,581 courts: 1 + 32 + ~409 + ~3,140. County-level divisions give
# 2,843 basic courts; the rest are specialised basic courts (railway, XPCC, forest, internet,
# development-zone courts), added here until the total is reached.
TARGET_COURTS = 3581


@dataclass(frozen=True)
class Court:
    court_id: int
    name_zh: str
    name_en: str
    level: str
    province_code: str
    city_zh: str
    city_en: str
    parent_court_id: int | None
    case_prefix: str
    kind: str  # "general", "specialised", "xpcc": used for caseload weights only


def _alloc(total: int, weights: list[float]) -> list[int]:
    """Largest-remainder split of an integer total by weights, at least one each."""
    n = len(weights)
    s = sum(weights)
    raw = [total * w / s for w in weights]
    out = [max(1, int(r)) for r in raw]
    rest = sorted(range(n), key=lambda i: raw[i] - int(raw[i]), reverse=True)
    i = 0
    while sum(out) < total:
        out[rest[i % n]] += 1
        i += 1
    while sum(out) > total:
        j = max(range(n), key=lambda k: out[k])
        out[j] -= 1
    return out


def build_courts() -> list[Court]:
    """The court hierarchy, deterministic: court_id 1 is the SPC, 2-33 the high courts."""
    courts: list[Court] = []

    def add(**kw) -> int:
        cid = len(courts) + 1
        courts.append(Court(court_id=cid, **kw))
        return cid

    spc = add(
        name_zh="最高人民法院",
        name_en="Supreme People's Court",
        level="supreme",
        province_code=SPC_PROVINCE_CODE,
        city_zh="北京",
        city_en="Beijing",
        parent_court_id=None,
        case_prefix="最高法",
        kind="general",
    )
    high: dict[str, int] = {}
    capital_of = {}
    for code, zh, en, abbr, _, _ in PROVINCES:
        if code in MUNICIPALITY_CITY:
            cz, ce = MUNICIPALITY_CITY[code]
        elif code == "460000":
            cz, ce = "海口", "Haikou"
        else:
            first = PREFECTURES[code][0]
            cz, ce = first[1], first[2]
        capital_of[code] = (cz, ce)
        high[code] = add(
            name_zh=f"{zh}高级人民法院",
            name_en=f"{en} High People's Court",
            level="high",
            province_code=code,
            city_zh=cz,
            city_en=ce,
            parent_court_id=spc,
            case_prefix=abbr,
            kind="general",
        )
    xpcc_high = add(
        name_zh="新疆维吾尔自治区高级人民法院生产建设兵团分院",
        name_en="Xinjiang High People's Court, XPCC Branch",
        level="high",
        province_code="650000",
        city_zh="乌鲁木齐",
        city_en="Urumqi",
        parent_court_id=spc,
        case_prefix="兵",
        kind="xpcc",
    )

    abbr_of = {p[0]: p[3] for p in PROVINCES}
    general_ics: dict[str, list[tuple[int, str, str, str]]] = {}  # province -> [(id, city_zh, city_en, code)]

    # Intermediate courts of prefectures and municipalities.
    for code, _zh, _en, abbr, _, _ in PROVINCES:
        ics = []
        if code in MUNICIPALITY_ICS:
            cz, ce = MUNICIPALITY_CITY[code]
            ordinals = ("第一", "第二", "第三", "第四", "第五")
            ords_en = ("No. 1", "No. 2", "No. 3", "No. 4", "No. 5")
            for k in range(MUNICIPALITY_ICS[code]):
                cid = add(
                    name_zh=f"{cz}市{ordinals[k]}中级人民法院",
                    name_en=f"{ce} {ords_en[k]} Intermediate People's Court",
                    level="intermediate",
                    province_code=code,
                    city_zh=cz,
                    city_en=ce,
                    parent_court_id=high[code],
                    case_prefix=f"{abbr}0{k + 1}",
                    kind="general",
                )
                ics.append((cid, cz, ce, f"0{k + 1}"))
        elif code == "460000":
            for c2, cz, ce, nzh, nen in HAINAN_ICS:
                cid = add(
                    name_zh=nzh,
                    name_en=nen,
                    level="intermediate",
                    province_code=code,
                    city_zh=cz,
                    city_en=ce,
                    parent_court_id=high[code],
                    case_prefix=f"{abbr}{c2}",
                    kind="general",
                )
                ics.append((cid, cz, ce, c2))
        else:
            for c2, cz, ce, is_city in PREFECTURES[code]:
                nzh = f"{cz}市中级人民法院" if is_city else f"{cz}中级人民法院"
                cid = add(
                    name_zh=nzh,
                    name_en=f"{ce} Intermediate People's Court",
                    level="intermediate",
                    province_code=code,
                    city_zh=cz,
                    city_en=ce,
                    parent_court_id=high[code],
                    case_prefix=f"{abbr}{c2}",
                    kind="general",
                )
                ics.append((cid, cz, ce, c2))
        general_ics[code] = ics
    special_ic_ids = []
    for code, cz, ce, nzh, nen, c2 in SPECIAL_ICS:
        cid = add(
            name_zh=nzh,
            name_en=nen,
            level="intermediate",
            province_code=code,
            city_zh=cz,
            city_en=ce,
            parent_court_id=high[code],
            case_prefix=f"{abbr_of[code]}{c2}",
            kind="specialised",
        )
        special_ic_ids.append((cid, code, cz, ce, c2, nzh))
    xpcc_ics = []
    for k, (dzh, den, seat) in enumerate(XPCC_DIVISIONS, start=1):
        cid = add(
            name_zh=f"新疆生产建设兵团{dzh}中级人民法院",
            name_en=f"XPCC {den} Intermediate People's Court",
            level="intermediate",
            province_code="650000",
            city_zh=seat,
            city_en=XPCC_CITY_EN[seat],
            parent_court_id=xpcc_high,
            case_prefix=f"兵{k:02d}",
            kind="xpcc",
        )
        xpcc_ics.append((cid, seat, k))

    # Basic courts of counties and districts.
    for code, _zh, _en, abbr, _, _ in PROVINCES:
        ics = general_ics[code]
        if code in MUNICIPALITY_DISTRICTS:
            for dzh, den, c4, k in MUNICIPALITY_DISTRICTS[code]:
                cid_ic, cz, ce, _ = ics[k]
                add(
                    name_zh=f"{cz}市{dzh}人民法院",
                    name_en=f"{ce} {den} People's Court",
                    level="basic",
                    province_code=code,
                    city_zh=cz,
                    city_en=ce,
                    parent_court_id=cid_ic,
                    case_prefix=f"{abbr}{c4}",
                    kind="general",
                )
            continue
        weights = [1.6 if i == 0 else 1.0 for i in range(len(ics))]
        counts = _alloc(BASIC_COUNTS[code], weights)
        # Known county lists fix their city's count; the difference is taken from the others.
        fixed = {
            i: len(KNOWN_COUNTIES[(code, ics[i][3])]) for i in range(len(ics)) if (code, ics[i][3]) in KNOWN_COUNTIES
        }
        if fixed:
            free = [i for i in range(len(ics)) if i not in fixed]
            rest = _alloc(BASIC_COUNTS[code] - sum(fixed.values()), [weights[i] for i in free])
            counts = [fixed[i] if i in fixed else rest[free.index(i)] for i in range(len(ics))]
        for i, (cid_ic, cz, ce, c2) in enumerate(ics):
            known = KNOWN_COUNTIES.get((code, c2))
            if known:
                for dzh, den, c4 in known:
                    add(
                        name_zh=f"{cz}市{dzh}人民法院",
                        name_en=f"{ce} {den} People's Court",
                        level="basic",
                        province_code=code,
                        city_zh=cz,
                        city_en=ce,
                        parent_court_id=cid_ic,
                        case_prefix=f"{abbr}{c4}",
                        kind="general",
                    )
                continue
            city_word = "市" if len(cz) <= 4 and not cz.endswith(("州", "盟", "地区")) else ""
            for n in range(1, counts[i] + 1):
                add(
                    name_zh=f"{cz}{city_word}第{n}基层人民法院",
                    name_en=f"{ce} No. {n} Basic People's Court",
                    level="basic",
                    province_code=code,
                    city_zh=cz,
                    city_en=ce,
                    parent_court_id=cid_ic,
                    case_prefix=f"{abbr}{c2}{20 + n:02d}",
                    kind="general",
                )

    # Specialised basic courts.
    for code, cz, ce, nzh, nen, c4 in INTERNET_COURTS:
        parent = next(i for i in general_ics[code] if i[1] == cz)
        add(
            name_zh=nzh,
            name_en=nen,
            level="basic",
            province_code=code,
            city_zh=cz,
            city_en=ce,
            parent_court_id=parent[0],
            case_prefix=f"{abbr_of[code]}{c4}",
            kind="specialised",
        )
    for cid, code, cz, ce, c2, _nzh in special_ic_ids:
        if c2 == "71":
            add(
                name_zh=f"{cz}铁路运输法院",
                name_en=f"{ce} Railway Transport Court",
                level="basic",
                province_code=code,
                city_zh=cz,
                city_en=ce,
                parent_court_id=cid,
                case_prefix=f"{abbr_of[code]}7101",
                kind="specialised",
            )
    for cid, seat, k in xpcc_ics:
        for n in (1, 2, 3):
            add(
                name_zh=f"新疆生产建设兵团{XPCC_DIVISIONS[k - 1][0]}第{n}垦区人民法院",
                name_en=f"XPCC {XPCC_DIVISIONS[k - 1][1]} Reclamation Area Court No. {n}",
                level="basic",
                province_code="650000",
                city_zh=seat,
                city_en=XPCC_CITY_EN[seat],
                parent_court_id=cid,
                case_prefix=f"兵{k:02d}{n:02d}",
                kind="xpcc",
            )
    # Development-zone courts in cities, round-robin over provinces, until the published total.
    queue = []
    for code in PROVINCE_CODES:
        for j, ic in enumerate(general_ics[code]):
            if code not in MUNICIPALITY_ICS and not ic[1].endswith(("州", "盟", "地区")):
                queue.append((j, code, ic))
    queue.sort(key=lambda t: t[0])
    qi = 0
    while len(courts) < TARGET_COURTS and qi < len(queue):
        _, code, (cid_ic, cz, ce, c2) = queue[qi]
        qi += 1
        add(
            name_zh=f"{cz}经济技术开发区人民法院",
            name_en=f"{ce} Economic and Technological Development Zone People's Court",
            level="basic",
            province_code=code,
            city_zh=cz,
            city_en=ce,
            parent_court_id=cid_ic,
            case_prefix=f"{abbr_of[code]}{c2}91",
            kind="specialised",
        )
    return courts


COURTS: list[Court] = build_courts()
COURT_BY_ID = {c.court_id: c for c in COURTS}
TIANSHUI_COURT_ID: int = next(c.court_id for c in COURTS if c.case_prefix == "甘05")

# ---------------------------------------------------------------------------------------------
# Campaigns. Provincial campaigns without a public name get generic labels (see calibration §5).
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Campaign:
    campaign_id: str
    province_code: str | None
    name_zh: str
    name_en: str
    start: dt.date
    end: dt.date
    focus: str


D = dt.date
CAMPAIGNS: tuple[Campaign, ...] = (
    Campaign(
        "nat-2014-refusal",
        None,
        "全国法院集中打击拒不执行判决裁定等犯罪行为专项活动",
        "National concentrated campaign against refusal-to-comply crimes",
        D(2014, 11, 1),
        D(2015, 3, 31),
        "refusal_crimes",
    ),
    Campaign(
        "nat-2016-basic",
        None,
        "用两到三年时间基本解决执行难",
        "Basically solve enforcement difficulties in two to three years",
        D(2016, 3, 1),
        D(2018, 12, 31),
        "general_enforcement",
    ),
    Campaign(
        "hlj-2018-thunder",
        "230000",
        "黑龙江法院“雷霆行动”",
        "Heilongjiang courts' Thunder Action",
        D(2018, 6, 1),
        D(2018, 11, 30),
        "general_enforcement",
    ),
    Campaign(
        "zj-2021-refusal",
        "330000",
        "浙江2021年打击拒执犯罪专项行动",
        "Zhejiang 2021 crackdown on refusal-to-comply crimes",
        D(2021, 1, 1),
        D(2021, 12, 31),
        "refusal_crimes",
    ),
    Campaign(
        "hlj-2024",
        "230000",
        "黑龙江2024年集中打击拒执专项行动",
        "Heilongjiang 2024 concentrated crackdown on refusal to execute",
        D(2024, 3, 1),
        D(2024, 8, 31),
        "refusal_crimes",
    ),
    Campaign(
        "js-2024",
        "320000",
        "江苏2024年集中打击拒执专项行动",
        "Jiangsu 2024 concentrated crackdown on refusal to execute",
        D(2024, 4, 1),
        D(2024, 10, 31),
        "refusal_crimes",
    ),
    Campaign(
        "yn-2024",
        "530000",
        "云南2024年集中打击拒执专项行动",
        "Yunnan 2024 concentrated crackdown on refusal to execute",
        D(2024, 5, 1),
        D(2024, 11, 30),
        "refusal_crimes",
    ),
    Campaign(
        "js-2024-small",
        "320000",
        "“小标的 大民生”专项执行行动",
        "Small claims, big livelihood special enforcement week",
        D(2024, 5, 20),
        D(2024, 5, 24),
        "small_claims",
    ),
    Campaign(
        "sn-2024-shanliang",
        "610000",
        "“陕亮执行·2024”专项行动",
        "Shaanxi 'Shaanliang Enforcement 2024'",
        D(2024, 5, 1),
        D(2024, 12, 31),
        "general_enforcement",
    ),
    Campaign(
        "sn-2024-refusal",
        "610000",
        "陕西为期一年的打击拒执犯罪专项行动",
        "Shaanxi one-year crackdown on refusal-to-comply crimes",
        D(2024, 9, 1),
        D(2025, 8, 31),
        "refusal_crimes",
    ),
)

# ---------------------------------------------------------------------------------------------
# The showcase case from the article (calibration §7), present at every scale with fixed ids.
# Its case_id sits outside the generated id range (generated ids are year * 10^9 + k, k >= 1).
# ---------------------------------------------------------------------------------------------

TIANSHUI_CASE_ID: int = 2020 * 10**9
TIANSHUI_DEBTOR_ID: int = 9_620_500_000_001
TIANSHUI = {
    "judgment_date": D(2020, 11, 12),
    "filed_date": D(2020, 12, 7),
    "asset_search_date": D(2020, 12, 10),
    "consumption_restricted_date": D(2021, 1, 18),
    "action_date": D(2021, 5, 18),
    "complied_date": D(2021, 5, 20),
    "closed_date": D(2021, 5, 27),
    "claim_yuan": 86_400,
    "case_type": "property_housing",
    "debtor_type": "individual",
    "conduct": "besieging_officers",
    "measure": "warning",
    "closure": "performed",
}
TIANSHUI_EVENTS: tuple[tuple[dt.date, str, int | None, str, str], ...] = (
    (
        D(2020, 11, 12),
        "judgment",
        None,
        "天水市中级人民法院判决明某将所占房屋返还某公司，并支付房屋占用费",
        "Tianshui Intermediate People's Court orders Ming (明某) to return the apartment to a company and pay fees for occupying it",
    ),
    (
        D(2020, 12, 7),
        "enforcement_filed",
        None,
        "明某未履行判决，某公司申请强制执行，天水中院立案执行",
        "Ming does not comply; the company applies for enforcement and the Tianshui court opens an enforcement case",
    ),
    (
        D(2020, 12, 10),
        "asset_search",
        None,
        "执行法官向明某送达执行通知书并查询其财产，明某拒不腾房",
        "Judges serve Ming an enforcement notice and search his assets; Ming refuses to leave the apartment",
    ),
    (
        D(2021, 1, 18),
        "consumption_restricted",
        None,
        "法院对明某采取限制高消费措施，明某仍拒不履行",
        "The court restricts Ming's high consumption; Ming still refuses to comply",
    ),
    (
        D(2021, 5, 18),
        "warning",
        None,
        "执行法官到明某住所强制执行，明某纠集亲友及数十名围观群众围堵；法官警告其拒不执行将被追究刑事责任",
        "Judges come to Ming's residence; he gathers friends, relatives and dozens of onlookers around them; "
        "he is warned that refusing to comply is a crime and he would face criminal punishment",
    ),
    (
        D(2021, 5, 20),
        "performed",
        86_400,
        "明某认识到后果，腾退房屋交还某公司，并付清房屋占用费",
        "Ming backs down, hands the apartment back to the company and pays the occupation fees in full",
    ),
    (D(2021, 5, 27), "closed", None, "明某案执行完毕，结案", "Ming's case is fully enforced and closed"),
)
