namespace Site.Bench;

/// <summary>
/// The words between the figures of the synthetic report: paragraph headings, sentences without figures
/// (a real paragraph is mostly such sentences), fictional subdistricts and programme names. Lengths follow
/// the real report: a paragraph of about 250 Chinese characters and 1,000 to 1,200 of English. No text
/// here contains a digit, so no quote can be found in it by accident.
/// </summary>
internal static class ReportPhrases
{
    public static IReadOnlyList<Phrase> Headings { get; } =
    [
        new("持续办好民生实事。", "Delivering the practical projects that matter to residents."),
        new("大力推进城市更新。", "Pressing ahead with urban renewal."),
        new("持续改善人居环境。", "Steadily improving the living environment."),
        new("强化科技创新引领带动。", "Strengthening the leading role of science and technology innovation."),
        new("推动绿色低碳发展。", "Promoting green and low-carbon development."),
        new("提升城市精细化管理水平。", "Raising the standard of fine-grained city management."),
        new("加强和创新社会治理。", "Strengthening and renewing social governance."),
        new("全力守护城区安全。", "Doing everything to keep the district safe."),
        new("强化人才第一资源支撑。", "Making talent the first resource for development."),
        new("加快数字化转型步伐。", "Moving faster with digital transformation."),
        new("优化营商环境服务企业发展。", "Improving the business environment and serving enterprises."),
        new("办好人民满意的教育。", "Providing education that people are satisfied with."),
    ];

    public static IReadOnlyList<Phrase> Sentences { get; } =
    [
        new("坚持以人民为中心的发展思想，把群众的急难愁盼作为工作的出发点和落脚点。", "We kept to a people-centred approach to development, taking the most pressing difficulties and worries of residents as both the starting point and the goal of our work."),
        new("深入实施“邻里汇”建设计划，推动公共服务资源向社区下沉。", "We carried the Neighbourhood Hub building plan further, moving public service resources down to the communities where people live."),
        new("依托“云上合成”平台，推动政务服务事项实现线上办理、一次办成。", "Through the Synthetic Cloud platform we moved government services online, so that each matter can be handled in a single visit or none at all."),
        new("加快“合成创新港”建设，集聚一批创新型企业和研发机构。", "We sped up the development of the Synthetic Innovation Harbour, bringing together a cluster of innovative companies and research and development institutions."),
        new("推广“暖心驿站”服务模式，为户外劳动者提供休息、饮水等便利。", "We extended the Warm-Heart Station model of service, giving outdoor workers places to rest, drink water and recharge their phones during the working day."),
        new("完善“绿色账户”激励机制，引导居民参与垃圾分类和资源回收。", "We improved the incentives of the Green Account scheme, encouraging residents to take part in sorting their waste and recycling resources."),
        new("打造“街区客厅”公共空间，为居民提供家门口的休闲去处。", "We created Block Living Room public spaces, giving residents somewhere to relax close to their front doors."),
        new("持续开展“安心小区”创建，住宅小区安全防范能力明显提升。", "We continued to run the Safe Estate programme, and residential estates became markedly better at preventing crime and accidents."),
        new("上线“智慧社区大脑”，推动基层治理从被动处置向主动发现转变。", "We launched the Smart Community Brain, helping grassroots governance shift from reacting to problems towards spotting them early."),
        new("开设“银发课堂”，帮助老年人跨越数字鸿沟、共享数字生活。", "We opened Silver Classrooms that help older people cross the digital divide and share in the benefits of digital life."),
        new("建设“青年人才驿站”，为来区求职的青年人才提供免费短期住宿。", "We set up Youth Talent Stations that offer free short-term accommodation to young people who come to the district to look for work."),
        new("坚持规划引领、分类施策，统筹推进旧区改造和城市功能完善。", "Guided by planning and with measures suited to each kind of area, we advanced the renewal of old neighbourhoods together with the improvement of city functions."),
        new("健全多元参与机制，广泛听取居民、企业和专家的意见建议。", "We strengthened the ways in which many parties take part, listening widely to the views and suggestions of residents, enterprises and experts."),
        new("加强部门协同联动，形成条块结合、上下贯通的工作格局。", "We strengthened coordination between departments, building a way of working that joins up sectors and areas and links every level from top to bottom."),
        new("严格落实安全生产责任制，开展重点行业领域隐患排查整治。", "We enforced the responsibility system for workplace safety and searched out and remedied hidden hazards in key industries and sectors."),
        new("优化公共服务供给，让居民在家门口享受更加便捷的服务。", "We improved how public services are provided, so that residents enjoy more convenient services close to home."),
        new("推进节能降碳改造，公共机构能源利用效率进一步提高。", "We carried out retrofits that save energy and cut carbon emissions, and public institutions used energy more efficiently than before."),
        new("强化执法监管，依法查处各类违法违规行为，市容环境秩序持续向好。", "We strengthened enforcement and supervision, dealt with violations of every kind according to the law, and the order and appearance of the streets kept improving."),
        new("完善应急管理体系，提升防汛防台和突发事件处置能力。", "We improved the emergency management system and became better able to deal with floods, typhoons and other emergencies."),
        new("深化产城融合，推动产业发展与城市功能相互促进。", "We integrated industry and the city more closely, so that industrial development and urban functions reinforce each other."),
    ];

    public static IReadOnlyList<Phrase> Subdistricts { get; } =
    [
        new("东湖街道", "Donghu Subdistrict"),
        new("西园街道", "Xiyuan Subdistrict"),
        new("南桥街道", "Nanqiao Subdistrict"),
        new("北苑街道", "Beiyuan Subdistrict"),
        new("白杨街道", "Baiyang Subdistrict"),
        new("临江街道", "Linjiang Subdistrict"),
        new("青枫镇", "Qingfeng Town"),
        new("云溪镇", "Yunxi Town"),
        new("石榴街道", "Shiliu Subdistrict"),
        new("春晖街道", "Chunhui Subdistrict"),
    ];

    /// <summary>The second half of a description: what the figure meant for residents.</summary>
    public static IReadOnlyList<Phrase> Outcomes { get; } =
    [
        new("进一步方便了周边居民的日常生活。", "making daily life easier for the residents nearby."),
        new("相关工作纳入全区年度民生实事项目。", "work that was part of the district's annual list of practical projects for residents."),
        new("居民对相关服务的满意度有所提高。", "and residents were more satisfied with the services concerned."),
        new("为下一步在全区推广积累了经验。", "gaining experience for rolling the approach out across the whole district."),
        new("有关项目均已按计划完成并投入使用。", "and every project concerned was finished on schedule and put into use."),
    ];

    /// <summary>The programme names the sentences above use, as the glossary explains them (all fictional).</summary>
    public static IReadOnlyList<GlossaryTerm> Glossary { get; } =
    [
        new("neighbourhood-hub", "邻里汇", "Neighbourhood Hub", "Línlǐ Huì", new("本合成报告中指设在社区的综合服务场所，提供助餐、托育、文体活动等服务。", "In this synthetic report, a community centre that offers meals, childcare, sports and cultural activities under one roof.")),
        new("synthetic-cloud", "“云上合成”平台", "Synthetic Cloud platform", "Yúnshàng Héchéng", new("本合成报告中指区里的网上政务服务平台，居民和企业可在线办理各类事项。", "In this synthetic report, the district's online government service platform, where residents and enterprises can handle their business online.")),
        new("synthetic-innovation-harbour", "合成创新港", "Synthetic Innovation Harbour", "Héchéng Chuàngxīn Gǎng", new("本合成报告中指区里的科技创新集聚区的名称。", "In this synthetic report, the name of the district's cluster of science and technology companies.")),
        new("warm-heart-station", "暖心驿站", "Warm-Heart Station", "Nuǎnxīn Yìzhàn", new("本合成报告中指为快递员、环卫工人等户外劳动者提供休息场所的服务点。", "In this synthetic report, a rest stop for couriers, street cleaners and other people who work outdoors.")),
        new("green-account", "绿色账户", "Green Account scheme", "Lǜsè Zhànghù", new("本合成报告中指居民参与垃圾分类可获得积分并兑换礼品的激励制度。", "In this synthetic report, a scheme in which residents earn points for sorting their waste and exchange them for small gifts.")),
        new("block-living-room", "街区客厅", "Block Living Room", "Jiēqū Kètīng", new("本合成报告中指利用街角空地改造而成的开放式公共休闲空间。", "In this synthetic report, an open public space made from a corner plot where people can sit and meet.")),
        new("safe-estate", "安心小区", "Safe Estate programme", "Ānxīn Xiǎoqū", new("本合成报告中指提升住宅小区安全防范水平的创建活动。", "In this synthetic report, a programme that makes residential estates better at preventing crime and accidents.")),
        new("smart-community-brain", "智慧社区大脑", "Smart Community Brain", "Zhìhuì Shèqū Dànǎo", new("本合成报告中指汇集社区各类数据、辅助基层治理的信息系统。", "In this synthetic report, an information system that gathers a community's data to help local officials govern.")),
        new("silver-classroom", "银发课堂", "Silver Classroom", "Yínfà Kètáng", new("本合成报告中指教老年人使用智能手机等数字设备的课程。", "In this synthetic report, classes that teach older people to use smartphones and other digital devices.")),
        new("youth-talent-station", "青年人才驿站", "Youth Talent Station", "Qīngnián Réncái Yìzhàn", new("本合成报告中指为来区求职的青年人才提供免费短期住宿的服务点。", "In this synthetic report, a place that gives young job seekers free accommodation for a few days.")),
    ];
}
