<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>qt.lessons.texts</name>
    <message>
        <source>&amp;Lessons</source>
        <translation>&amp;Bài học</translation>
    </message>
    <message>
        <source>&amp;Browse Lessons…</source>
        <translation>&amp;Duyệt bài học…</translation>
    </message>
    <message>
        <source>The course: every lesson by section, how long it takes and how far you got</source>
        <translation>Khóa học: mọi bài học theo phần, mất bao lâu và bạn đã đi được bao xa</translation>
    </message>
    <message>
        <source>&amp;Leave Lesson</source>
        <translation>&amp;Rời bài học</translation>
    </message>
    <message>
        <source>Close the lesson (your progress is kept: open it again to go on where you left)</source>
        <translation>Đóng bài học (tiến độ được giữ: mở lại để tiếp tục từ chỗ bạn dừng)</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>Bài học</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>Bài học</translation>
    </message>
    <message>
        <source>Browse the lessons…</source>
        <translation>Duyệt các bài học…</translation>
    </message>
    <message>
        <source>Go on with “{title}” (step {step} of {count})</source>
        <translation>Tiếp tục “{title}” (bước {step}/{count})</translation>
    </message>
    <message>
        <source>Open the lesson where you left it</source>
        <translation>Mở bài học ở chỗ bạn đã dừng</translation>
    </message>
    <message>
        <source>Guided lessons walk you through the course, step by step, and check your work.</source>
        <translation>Các bài học có hướng dẫn dẫn bạn qua khóa học, từng bước một, và kiểm tra bài làm của bạn.</translation>
    </message>
    <message>
        <source>You finished every lesson you started. Browse the lessons for more.</source>
        <translation>Bạn đã hoàn thành mọi bài học đã bắt đầu. Hãy duyệt các bài học để học thêm.</translation>
    </message>
    <message>
        <source>Each lesson is a few short steps: read, do the task in the app, and the step ticks itself when it is done. You can leave a lesson at any time and go on later where you left it. A lesson file from your teacher (.deskdl-lesson) opens with File &gt; Open.</source>
        <translation>Mỗi bài học gồm vài bước ngắn: đọc, làm nhiệm vụ trong ứng dụng, và bước tự được đánh dấu khi xong. Bạn có thể rời bài học bất cứ lúc nào và tiếp tục sau từ chỗ đã dừng. Tệp bài học từ giáo viên (.deskdl-lesson) mở bằng Tệp &gt; Mở.</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Thời lượng</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Tiến độ</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Chưa bắt đầu</translation>
    </message>
    <message>
        <source>Step {step} of {count}</source>
        <translation>Bước {step}/{count}</translation>
    </message>
    <message>
        <source>Done ✓</source>
        <translation>Xong ✓</translation>
    </message>
    <message>
        <source>{steps} · about {minutes} min</source>
        <translation>{steps} · khoảng {minutes} phút</translation>
    </message>
    <message>
        <source>{steps}</source>
        <translation>{steps}</translation>
    </message>
    <message>
        <source>{n} steps</source>
        <translation>{n} bước</translation>
    </message>
    <message>
        <source>1 step</source>
        <translation>1 bước</translation>
    </message>
    <message>
        <source>{title}</source>
        <translation>{title}</translation>
    </message>
    <message>
        <source>{done} of {count} done</source>
        <translation>xong {done}/{count}</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Bắt đầu</translation>
    </message>
    <message>
        <source>Go on</source>
        <translation>Tiếp tục</translation>
    </message>
    <message>
        <source>Open again</source>
        <translation>Mở lại</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>Làm lại từ đầu</translation>
    </message>
    <message>
        <source>Forget your progress in this lesson and begin at step 1</source>
        <translation>Bỏ tiến độ của bạn trong bài học này và bắt đầu từ bước 1</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>No lessons were found in {folder}.</source>
        <translation>Không tìm thấy bài học nào trong {folder}.</translation>
    </message>
    <message>
        <source>Some lesson files could not be read:
{problems}</source>
        <translation>Một số tệp bài học không đọc được:
{problems}</translation>
    </message>
    <message>
        <source>Choose a lesson to see what it is about.</source>
        <translation>Chọn một bài học để xem nội dung.</translation>
    </message>
    <message>
        <source>No lesson is open. Choose one from Lessons &gt; Browse Lessons…</source>
        <translation>Chưa mở bài học nào. Hãy chọn một bài từ Bài học &gt; Duyệt bài học…</translation>
    </message>
    <message>
        <source>step {number} of {count}</source>
        <translation>bước {number}/{count}</translation>
    </message>
    <message>
        <source>Your task</source>
        <translation>Nhiệm vụ của bạn</translation>
    </message>
    <message>
        <source>○  Not done yet</source>
        <translation>○  Chưa xong</translation>
    </message>
    <message>
        <source>✓  Done</source>
        <translation>✓  Xong</translation>
    </message>
    <message>
        <source>Read this step, then press Next.</source>
        <translation>Đọc bước này, rồi nhấn Tiếp.</translation>
    </message>
    <message>
        <source>Hint</source>
        <translation>Gợi ý</translation>
    </message>
    <message>
        <source>Show the next hint (one at a time)</source>
        <translation>Hiện gợi ý tiếp theo (mỗi lần một gợi ý)</translation>
    </message>
    <message>
        <source>No more hints</source>
        <translation>Hết gợi ý</translation>
    </message>
    <message>
        <source>This step has no hints</source>
        <translation>Bước này không có gợi ý</translation>
    </message>
    <message>
        <source>This step has nothing to show: read it, then press Next</source>
        <translation>Bước này không có gì để làm mẫu: hãy đọc, rồi nhấn Tiếp</translation>
    </message>
    <message>
        <source>Hint {n} of {count}: {text}</source>
        <translation>Gợi ý {n}/{count}: {text}</translation>
    </message>
    <message>
        <source>Show me</source>
        <translation>Làm mẫu</translation>
    </message>
    <message>
        <source>Let deskdl do this step for you (you can undo the changes it makes to the model)</source>
        <translation>Để deskdl làm bước này cho bạn (bạn có thể hoàn tác các thay đổi nó tạo ra cho mô hình)</translation>
    </message>
    <message>
        <source>◀ Back</source>
        <translation>◀ Lùi</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Tiếp ▶</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Kết thúc</translation>
    </message>
    <message>
        <source>Do the task first; the mark above ticks itself when it is done (or press Show me).</source>
        <translation>Hãy làm nhiệm vụ trước; dấu ở trên tự được đánh khi xong (hoặc nhấn Làm mẫu).</translation>
    </message>
    <message>
        <source>Go to the next step</source>
        <translation>Sang bước tiếp theo</translation>
    </message>
    <message>
        <source>Close the lesson: it is done</source>
        <translation>Đóng bài học: đã xong</translation>
    </message>
    <message>
        <source>Leave lesson</source>
        <translation>Rời bài học</translation>
    </message>
    <message>
        <source>Lesson done! Every step is ticked: press Finish.</source>
        <translation>Xong bài học! Mọi bước đã được đánh dấu: nhấn Kết thúc.</translation>
    </message>
    <message>
        <source>Well done. Press Next to go on.</source>
        <translation>Làm tốt lắm. Nhấn Tiếp để đi tiếp.</translation>
    </message>
    <message>
        <source>Well done. Some earlier steps are not ticked yet: press Back to see them, or Finish.</source>
        <translation>Làm tốt lắm. Vài bước trước chưa được đánh dấu: nhấn Lùi để xem, hoặc Kết thúc.</translation>
    </message>
    <message>
        <source>Now: {detail}</source>
        <translation>Hiện tại: {detail}</translation>
    </message>
    <message>
        <source>Show me will train as soon as TensorFlow has loaded…</source>
        <translation>Làm mẫu sẽ huấn luyện ngay khi TensorFlow tải xong…</translation>
    </message>
    <message>
        <source>A run is training: wait for it to end (or stop it), then press Show me again.</source>
        <translation>Một lần chạy đang huấn luyện: hãy chờ nó kết thúc (hoặc dừng nó), rồi nhấn Làm mẫu lại.</translation>
    </message>
    <message>
        <source>Show me could not start training: {reason}</source>
        <translation>Làm mẫu không bắt đầu huấn luyện được: {reason}</translation>
    </message>
    <message>
        <source>This step could not be set up: {reason}</source>
        <translation>Không chuẩn bị được bước này: {reason}</translation>
    </message>
    <message>
        <source>The lesson could not be opened</source>
        <translation>Không mở được bài học</translation>
    </message>
    <message>
        <source>Lesson “{title}”: step {number} of {count}</source>
        <translation>Bài học “{title}”: bước {number}/{count}</translation>
    </message>
    <message>
        <source>You left the lesson “{title}”; your progress is kept.</source>
        <translation>Bạn đã rời bài học “{title}”; tiến độ được giữ lại.</translation>
    </message>
    <message>
        <source>You finished the lesson “{title}”.</source>
        <translation>Bạn đã hoàn thành bài học “{title}”.</translation>
    </message>
    <message>
        <source>Your progress could not be saved: {reason}</source>
        <translation>Không lưu được tiến độ của bạn: {reason}</translation>
    </message>
    <message>
        <source>deskdl: there is no lesson called {name!r}; `deskdl lessons` lists them</source>
        <translation>deskdl: không có bài học nào tên {name!r}; `deskdl lessons` liệt kê các bài học</translation>
    </message>
    <message>
        <source>To give your work to your teacher: Lessons &gt; Hand In…</source>
        <translation>Để gửi bài làm cho giáo viên: Bài học &gt; Nộp bài…</translation>
    </message>
    <message>
        <source>Locked by this lesson (greyed out; point at one to see why): {names}.</source>
        <translation>Bị bài học này khóa (hiện xám; trỏ vào để xem lý do): {names}.</translation>
    </message>
    <message>
        <source>Hidden by this lesson: {names}.</source>
        <translation>Bị bài học này ẩn: {names}.</translation>
    </message>
</context>
</TS>
