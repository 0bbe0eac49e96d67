import type { Catalog } from './messages';

// Team mode (issue #16): the partner account's operations file in a shared PostgreSQL database
// (electron/core/infra/team/). Its schema is versioned; an app older than the database must not
// write to it, and only the database's owner role may upgrade it.
export const teamErrors = {
  TEAM_SCHEMA_NEWER: {
    en: 'The team database has schema version {{database}}, newer than this Partner Desk understands (version {{app}}). Nothing was changed. Update Partner Desk on this workstation before using the team database.',
    'zh-CN': '团队数据库的结构版本为 {{database}}，比本机 Partner Desk 能识别的版本（{{app}}）更新。未做任何更改。请先在本工作站更新 Partner Desk，再使用团队数据库。',
  },
  TEAM_SCHEMA_NEEDS_UPGRADE: {
    en: 'The team database has schema version {{database}}; this Partner Desk needs version {{app}}. Role "{{role}}" may not upgrade it: an administrator (a member of "{{owner}}") must connect once with Partner Desk to apply the upgrade.',
    'zh-CN': '团队数据库的结构版本为 {{database}}，本机 Partner Desk 需要版本 {{app}}。角色“{{role}}”无权升级：需由管理员（“{{owner}}”的成员）用 Partner Desk 连接一次以完成升级。',
  },
  TEAM_PLAN_RUNNING_ELSEWHERE: {
    en: 'Plan {{planId}} is running on another workstation (role {{holder}}, {{application}}). A plan runs on one workstation at a time; if that workstation stopped, its lock is released by the database server and the plan can be resumed here after reconciliation.',
    'zh-CN': '计划 {{planId}} 正在另一工作站上运行（角色 {{holder}}，{{application}}）。同一计划同一时间只能在一个工作站上运行；若该工作站已停止，数据库服务器会释放其锁，对账后即可在此继续运行该计划。',
  },
} as const satisfies Catalog;
