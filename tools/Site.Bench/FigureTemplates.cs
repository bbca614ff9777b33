namespace Site.Bench;

/// <summary>
/// The statements the synthetic report is made of, modelled on the real report's (lifts, canteens, green
/// space, investment ...). Seventeen of them, a prime: a paragraph takes four at a stride of four, so the
/// four are always different and each quote occurs once in its paragraph. No verb is a prefix or a part of
/// another's quote, and none contains a digit.
/// </summary>
internal static class FigureTemplates
{
    public static IReadOnlyList<FigureTemplate> All { get; } =
    [
        new("community-canteens", "新建社区食堂", "ge", "个", null, "canteen", "canteens", "新建社区食堂", "Community canteens opened", "opened {0} new community canteens", FigureScale.Count),
        new("lift-retrofits", "完成既有多层住宅加装电梯", "tai", "台", null, "lift", "lifts", "既有多层住宅加装电梯完工", "Lifts added to existing multi-storey housing", "completed the installation of {0} lifts in existing multi-storey housing", FigureScale.Count),
        new("parking-spaces", "新增公共停车泊位", "ge", "个", null, "parking space", "parking spaces", "新增公共停车泊位", "Public parking spaces added", "added {0} public parking spaces", FigureScale.Count),
        new("green-space", "新增绿地", "wan-square-metres", "万平方米", null, null, null, "新增绿地面积", "Green space added", "added {0} m² of green space", FigureScale.TenThousands),
        new("fitness-trails", "新建和改建健身步道", "km", "公里", null, null, null, "新建和改建健身步道长度", "Fitness trails built or rebuilt", "built or rebuilt {0} km of fitness trails", FigureScale.Decimal),
        new("key-projects", "新引进重点产业项目", "xiang", "项", null, "project", "projects", "新引进重点产业项目", "Key industrial projects brought in", "brought in {0} key industrial projects", FigureScale.Count),
        new("new-enterprises", "新登记企业", "jia", "家", "more-than", "enterprise", "enterprises", "新登记企业", "Newly registered enterprises", "registered more than {0} new enterprises", FigureScale.Count),
        new("key-works-investment", "区级重点工程完成投资", "yi-yuan", "亿元", null, null, null, "区级重点工程完成投资", "Investment in the district's key works", "invested {0} yuan in the district's key works", FigureScale.HundredMillions),
        new("new-jobs", "新增就业岗位", "ge", "个", null, "job", "jobs", "新增就业岗位", "New jobs created", "created {0} new jobs", FigureScale.Count),
        new("estate-renovation", "完成老旧小区综合改造", "ge", "个", null, "housing estate", "housing estates", "老旧小区综合改造完工", "Old housing estates renovated", "finished renovating {0} old housing estates", FigureScale.Count),
        new("pocket-parks", "建成口袋公园", "zuo", "座", null, "pocket park", "pocket parks", "建成口袋公园", "Pocket parks completed", "completed {0} pocket parks", FigureScale.Count),
        new("childcare-centres", "新增普惠性托育点", "chu", "处", null, "childcare centre", "childcare centres", "新增普惠性托育点", "Affordable childcare centres added", "added {0} affordable childcare centres", FigureScale.Count),
        new("schools", "新建和改扩建学校", "suo", "所", null, "school", "schools", "新建和改扩建学校", "Schools built or extended", "built or extended {0} schools", FigureScale.Count),
        new("back-streets", "整治背街小巷", "tiao", "条", null, "back street", "back streets", "整治背街小巷", "Back streets and alleys tidied up", "tidied up {0} back streets and alleys", FigureScale.Count),
        new("resolved-requests", "办结群众诉求", "jian", "件", null, "request", "requests", "办结群众诉求", "Residents' requests resolved", "resolved {0} requests from residents", FigureScale.Count),
        new("talent", "引进各类人才", "people", "人", null, null, null, "引进各类人才", "Skilled people brought in", "brought in {0} skilled people", FigureScale.Count),
        new("community-workers", "培训社区工作者", "ming", "名", null, "community worker", "community workers", "培训社区工作者", "Community workers trained", "trained {0} community workers", FigureScale.Count),
    ];
}
