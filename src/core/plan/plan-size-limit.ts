/**
 * The most tasks a plan may hold. A real steering plan has tens of tasks (a ward's transformation
 * plan ≈ 40; the largest seen, a provincial one, a few hundred); 2,000 is never reached by a real
 * plan, and refusing above it before anything heavy runs keeps a runaway file (a formula filled down
 * 10,000 rows) from stalling the bot for minutes and answering with dozens of messages.
 */
export const MAX_PLAN_TASKS = 2000;

/** The refusal, in Vietnamese and English, for a file with `count` tasks (rows of "Nhiệm vụ" or YAML items). */
export function tooManyTasksMessage(count: number): { message: string; messageEn: string } {
  return {
    message: `tệp có ${count.toLocaleString('vi-VN')} nhiệm vụ, vượt giới hạn ${MAX_PLAN_TASKS.toLocaleString('vi-VN')} nhiệm vụ của một kế hoạch; bot không đọc tiếp. Hãy kiểm tra lại sheet "Nhiệm vụ" (có thể một công thức hoặc dữ liệu bị kéo xuống quá nhiều dòng), xoá các dòng thừa rồi gửi lại.`,
    messageEn: `the file has ${count} tasks, more than the ${MAX_PLAN_TASKS} a plan may hold; nothing was read further. Check the "Nhiệm vụ" sheet (a formula or data filled down too far), delete the extra rows and send it again.`,
  };
}
