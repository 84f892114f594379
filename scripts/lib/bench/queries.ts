/**
 * The fixed query set: phrases of 2–8 characters typical of the corpus. The
 * first one is the "first query" (cold engine); the rest are run after it in
 * the same page. Keep the order stable: results are compared run to run.
 */
export const QUERIES: readonly string[] = [
  '全面从严治党',
  '以人民为中心',
  '高质量发展',
  '两个维护',
  '中国式现代化',
  '一带一路',
  '乡村振兴',
  '党的领导',
  '实事求是',
  '统筹发展和安全',
  '生态文明',
  '共同富裕',
  '新发展理念',
  '脱贫攻坚',
  '人类命运共同体',
  '国家治理',
  '依法治国',
  '改革开放',
  '科技创新',
  '粮食安全',
  '群众路线',
  '供给侧结构性改革',
  '形式主义',
  '人民',
];
