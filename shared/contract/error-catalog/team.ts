import type { Catalog } from './messages';

// Team mode (issue #16): the partner account's operations file in a shared PostgreSQL database
// (electron/core/infra/team/). Its schema is versioned; an app older than the database must not
// write to it, and only the database's owner role may upgrade it.
export const teamErrors = {
  TEAM_HOST_INVALID: {
    en: 'Enter the team database server as a host name or an IP address, e.g. db.finance.example.com or 10.0.0.12.',
    'zh-CN': '请输入团队数据库服务器的主机名或 IP 地址，例如 db.finance.example.com 或 10.0.0.12。',
  },
  TEAM_PORT_INVALID: {
    en: 'The port is a number from 1 to 65535 (PostgreSQL usually listens on 5432).',
    'zh-CN': '端口应为 1 到 65535 之间的数字（PostgreSQL 通常使用 5432）。',
  },
  TEAM_DATABASE_INVALID: {
    en: 'The database name uses lower-case letters, digits and _ only, starts with a letter or _, and has at most 48 characters (its roles are named after it).',
    'zh-CN': '数据库名称只能包含小写字母、数字和下划线，以字母或下划线开头，最多 48 个字符（其角色以此命名）。',
  },
  TEAM_USER_INVALID: {
    en: 'Enter your own database login (letters, digits, _ . -; at most 63 characters). Every record you make is attributed to it.',
    'zh-CN': '请输入您本人的数据库登录名（字母、数字、_ . -，最多 63 个字符）。您所做的每条记录都归属于该登录名。',
  },
  TEAM_PASSWORD_REQUIRED: {
    en: 'Enter the password of your database login. It is kept in the system keychain only.',
    'zh-CN': '请输入数据库登录密码。它只保存在系统钥匙串中。',
  },
  TEAM_CA_REQUIRED: {
    en: 'The team database is not on this machine, so the connection is encrypted and the server verified: paste the server’s CA certificate (PEM).',
    'zh-CN': '团队数据库不在本机上，因此连接需加密并验证服务器：请粘贴服务器的 CA 证书（PEM 格式）。',
  },
  TEAM_CA_INVALID: {
    en: 'The CA certificate must be PEM text, from -----BEGIN CERTIFICATE----- to -----END CERTIFICATE-----.',
    'zh-CN': 'CA 证书必须是 PEM 文本，从 -----BEGIN CERTIFICATE----- 到 -----END CERTIFICATE-----。',
  },
  TEAM_CONNECT_FAILED: {
    en: 'Could not reach the team database at {{host}}:{{port}} ({{reason}}). Nothing was saved. Check the host, the port and the network, then try again.',
    'zh-CN': '无法连接位于 {{host}}:{{port}} 的团队数据库（{{reason}}）。未保存任何内容。请检查主机、端口和网络后重试。',
  },
  TEAM_LOGIN_REJECTED: {
    en: 'The team database refused the login "{{user}}" ({{reason}}). Check the user name and password with your administrator; nothing was saved.',
    'zh-CN': '团队数据库拒绝了登录名“{{user}}”（{{reason}}）。请与管理员核对用户名和密码；未保存任何内容。',
  },
  TEAM_NOT_PROVISIONED: {
    en: 'Database "{{database}}" is not set up for Partner Desk ({{reason}}). An administrator creates it and its roles once; then connect again.',
    'zh-CN': '数据库“{{database}}”尚未为 Partner Desk 配置（{{reason}}）。需由管理员先创建该数据库及其角色，然后再连接。',
  },
  TEAM_DISCONNECTED: {
    en: 'The team database cannot be reached ({{reason}}), so money actions are disabled on this workstation: the team’s journal decides whether an operation was already made. Review of fetched data still works; Partner Desk reconnects by itself.',
    'zh-CN': '无法连接团队数据库（{{reason}}），因此本工作站已停用资金操作：操作是否已执行需以团队日志为准。已获取数据的查看仍可使用；Partner Desk 会自动重新连接。',
  },
  TEAM_PASSWORD_MISSING: {
    en: 'The password of the team database login for this profile is not in the system keychain. Connect the profile to its team database again.',
    'zh-CN': '系统钥匙串中没有此配置文件团队数据库登录的密码。请重新将此配置文件连接到团队数据库。',
  },
  TEAM_NOT_SHARED: {
    en: 'This profile keeps its operations on this workstation; it is not connected to a team database.',
    'zh-CN': '此配置文件的操作记录保存在本工作站上，未连接团队数据库。',
  },
  TEAM_IMPORT_NOTHING: {
    en: 'This workstation has no operations file for this partner account, so there is nothing to move into the team database.',
    'zh-CN': '本工作站没有此合作伙伴账户的操作文件，因此无需迁入团队数据库。',
  },
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
