// Name material for demo customers: Chinese and Latin, individuals and enterprises.
import { pick } from '../util/rng';

const SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '黄', '赵', '吴', '周', '徐', '孙', '马', '朱', '胡', '郭', '何', '林', '罗', '高'];
const GIVEN = ['伟', '芳', '娜', '敏', '静', '磊', '洋', '艳', '勇', '军', '杰', '娟', '涛', '明', '超', '秀英', '华', '慧', '建国', '晓东'];
const CITIES = ['北京', '上海', '深圳', '杭州', '成都', '武汉', '西安', '南京', '苏州', '重庆', '广州', '天津'];
const CN_WORDS = ['云启', '数联', '智算', '星河', '恒信', '海纳', '瑞达', '鼎盛', '博远', '华创', '飞鸿', '汇通'];
const CN_SUFFIX = ['科技有限公司', '信息技术有限公司', '网络科技有限公司', '数据服务有限公司', '软件股份有限公司'];
const FIRST = ['Ana', 'Carlos', 'Lucía', 'Mateo', 'Sofía', 'Diego', 'Valentina', 'Javier', 'Camila', 'Pedro', 'Emma', 'Lucas', 'Olivia', 'Noah'];
const LAST = ['García', 'Martínez', 'López', 'Silva', 'Rodríguez', 'Pérez', 'Gómez', 'Fernández', 'Souza', 'Smith', 'Müller', 'Rossi'];
const LATIN_WORDS = ['Andina', 'Pacific', 'Nimbus', 'Aurora', 'Vertex', 'Solaris', 'Cumbre', 'Bluewave', 'Nova', 'Atlas'];
const LATIN_SUFFIX = ['S.A.', 'S.A. de C.V.', 'Ltda.', 'GmbH', 'Ltd.', 'S.R.L.'];
const HANDLES = ['cloud', 'data', 'shop', 'studio', 'tech', 'lab', 'ops', 'dev', 'media', 'edu'];

export interface GeneratedName {
  display: string;
  handle: string;
}

export function personName(rng: () => number, chinese: boolean): GeneratedName {
  if (chinese) return { display: pick(rng, SURNAMES) + pick(rng, GIVEN), handle: pick(rng, HANDLES) };
  const first = pick(rng, FIRST);
  const last = pick(rng, LAST);
  return { display: `${first} ${last}`, handle: pick(rng, HANDLES) };
}

export function companyName(rng: () => number, chinese: boolean): GeneratedName {
  if (chinese) return { display: pick(rng, CITIES) + pick(rng, CN_WORDS) + pick(rng, CN_SUFFIX), handle: pick(rng, HANDLES) };
  return { display: `${pick(rng, LATIN_WORDS)} ${pick(rng, LATIN_WORDS)} ${pick(rng, LATIN_SUFFIX)}`, handle: pick(rng, HANDLES) };
}

export const SERVICE_TYPES: readonly { code: string; name: string; resource: string; resourceName: string }[] = [
  { code: 'hws.service.type.ec2', name: '弹性云服务器', resource: 'hws.resource.type.vm', resourceName: '云主机' },
  { code: 'hws.service.type.ebs', name: '云硬盘', resource: 'hws.resource.type.volume', resourceName: '云硬盘' },
  { code: 'hws.service.type.obs', name: '对象存储服务', resource: 'hws.resource.type.obs', resourceName: '对象存储' },
  { code: 'hws.service.type.vpc', name: '虚拟私有云', resource: 'hws.resource.type.bandwidth', resourceName: '带宽' },
  { code: 'hws.service.type.rds', name: '云数据库 RDS', resource: 'hws.resource.type.rds.vm', resourceName: '数据库实例' },
  { code: 'hws.service.type.cdn', name: 'CDN', resource: 'hws.resource.type.cdn', resourceName: 'CDN流量' },
];

export const REGIONS: readonly { code: string; name: string }[] = [
  { code: 'cn-north-4', name: '华北-北京四' },
  { code: 'cn-east-3', name: '华东-上海一' },
  { code: 'cn-south-1', name: '华南-广州' },
];
