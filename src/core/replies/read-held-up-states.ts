import { askedNotGiven } from './detect-asked-not-given.ts';
import { cannotReach, systemDown } from './detect-cannot-reach.ts';
import { permissionWithheld } from './detect-permission-withheld.ts';
import { workersOff } from './detect-stalled.ts';
import { nobodyCameOrAnswered } from './detect-unanswered.ts';
import { bodyHasNotDelivered, needsFirst, suppliesNotArrived } from './read-body-delivery.ts';
import type { Signal } from './types.ts';

/** Held-up states told with no blocker word, in the order they are tried; the first that holds gives the signal. */
const HELD_UP: ReadonlyArray<{ holds: (tokens: readonly string[]) => boolean; tag: string }> = [
  // "…, phòng chưa gửi mẫu biểu": a body above has not delivered what the unit needs.
  { holds: bodyHasNotDelivered, tag: 'awaiting:body' },
  // "vắc xin chưa về trạm": the goods from above have not come.
  { holds: suppliesNotArrived, tag: 'awaiting:supplies' },
  // "thợ nghỉ 2 hôm nay", "nhà thầu bỏ công trình giữa chừng": the workers off or gone (round 45).
  { holds: workersOff, tag: 'blocker:workers_off' },
  // "gọi mấy lần rồi mà chưa ai xuống", "họ hẹn tuần sau mới trả lời": waiting on a side that has not answered.
  { holds: nobodyCameOrAnswered, tag: 'awaiting:unanswered' },
  // "cán bộ không sang được", "kích hoạt không được": unable, told as a state.
  { holds: cannotReach, tag: 'blocker:cannot_reach' },
  // "hệ thống một cửa lỗi từ sáng": the system the work runs on is down.
  { holds: systemDown, tag: 'blocker:system_down' },
  // "chưa được ban giám hiệu cho phép mua": a consent the work needs not given.
  { holds: permissionWithheld, tag: 'awaiting:permission' },
  // "đã xin Trung tâm y tế mà chưa có": asked elsewhere, nothing came.
  { holds: askedNotGiven, tag: 'awaiting:asked' },
  // "phải có ý kiến của huyện mới xử lý được": only able once something from elsewhere comes.
  { holds: needsFirst, tag: 'blocker:needs_first' },
];

/** The blocker a clause tells as a state of things around the unit, or null. */
export function heldUpState(tokens: readonly string[]): Signal | null {
  const found = HELD_UP.find(({ holds }) => holds(tokens));
  return found ? { status: 'blocked', strong: true, tag: found.tag } : null;
}
