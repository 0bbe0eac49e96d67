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
  TEAM_IMPORT_NEEDS_OWNER: {
    en: 'Moving this workstation’s operations file into the team database keeps every entry under the operator who made it, which only an administrator may do. Role "{{role}}" is not a member of "{{owner}}"; nothing was copied.',
    'zh-CN': '将本工作站的操作文件迁入团队数据库时，每条记录都保留其原操作员，只有管理员可以执行。角色“{{role}}”不是“{{owner}}”的成员；未复制任何内容。',
  },
  TEAM_IMPORT_ALREADY_DONE: {
    en: 'An operations file was already moved into this team database ({{entries}} entries, by {{by}} at {{at}}). A second one is refused so no history is mixed or doubled.',
    'zh-CN': '已有一个操作文件迁入此团队数据库（{{entries}} 条记录，由 {{by}} 于 {{at}} 完成）。为避免历史记录混杂或重复，拒绝再次迁入。',
  },
  TEAM_IMPORT_NOT_EMPTY: {
    en: 'The team database already holds {{entries}} journal entries written by the team. An operations file can be moved in only before the team starts writing; nothing was copied.',
    'zh-CN': '团队数据库中已有团队写入的 {{entries}} 条日志记录。只有在团队开始写入之前才能迁入操作文件；未复制任何内容。',
  },
} as const satisfies Catalog;
