<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>qt.lessons.classroom</name>
    <message>
        <source>Hand &amp;Out as Lesson…</source>
        <translation>&amp;Phát thành bài học…</translation>
    </message>
    <message>
        <source>Teachers: one file with a lesson (or this project with controls locked) for your learners</source>
        <translation>Dành cho giáo viên: một tệp chứa bài học (hoặc dự án này với các điều khiển bị khóa) cho người học của bạn</translation>
    </message>
    <message>
        <source>Hand &amp;In…</source>
        <translation>&amp;Nộp bài…</translation>
    </message>
    <message>
        <source>Make one file with your work in a lesson for your teacher (a submission bundle)</source>
        <translation>Tạo một tệp chứa bài làm của bạn trong bài học để gửi giáo viên (gói nộp bài)</translation>
    </message>
    <message>
        <source>&amp;Open Lesson File…</source>
        <translation>&amp;Mở tệp bài học…</translation>
    </message>
    <message>
        <source>Open a .deskdl-lesson file your teacher gave you</source>
        <translation>Mở một tệp .deskdl-lesson mà giáo viên đưa cho bạn</translation>
    </message>
    <message>
        <source>Open a lesson file</source>
        <translation>Mở một tệp bài học</translation>
    </message>
    <message>
        <source>deskdl lessons (*.deskdl-lesson);;All files (*)</source>
        <translation>Bài học deskdl (*.deskdl-lesson);;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>deskdl submission bundles (*.deskdl-bundle);;All files (*)</source>
        <translation>Gói nộp bài deskdl (*.deskdl-bundle);;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>Lesson files (*.toml);;All files (*)</source>
        <translation>Tệp bài học (*.toml);;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>Hand out as a lesson</source>
        <translation>Phát thành bài học</translation>
    </message>
    <message>
        <source>Make one file to give your learners. They open it with File &gt; Open (or a double-click), and it opens as a lesson in the Lesson panel, with the controls you chose locked or hidden.</source>
        <translation>Tạo một tệp để đưa cho người học. Họ mở nó bằng Tệp &gt; Mở (hoặc nhấp đúp), và nó mở thành một bài học trong khung Bài học, với các điều khiển bạn chọn bị khóa hoặc ẩn.</translation>
    </message>
    <message>
        <source>Hand out:</source>
        <translation>Phát:</translation>
    </message>
    <message>
        <source>This project as an exercise: “{name}”</source>
        <translation>Dự án này làm bài tập: “{name}”</translation>
    </message>
    <message>
        <source>A lesson file of your own (.toml)…</source>
        <translation>Một tệp bài học của riêng bạn (.toml)…</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Tiêu đề:</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation>Việc cần làm:</translation>
    </message>
    <message>
        <source>What the learner should do with this project, in plain words.</source>
        <translation>Người học cần làm gì với dự án này, bằng lời dễ hiểu.</translation>
    </message>
    <message>
        <source>Done when a run reaches a test accuracy of at least</source>
        <translation>Xong khi một lần chạy đạt độ chính xác kiểm tra ít nhất</translation>
    </message>
    <message>
        <source>Without this, the learner reads the task and presses Finish when done.</source>
        <translation>Nếu không có điều này, người học đọc nhiệm vụ và nhấn Kết thúc khi xong.</translation>
    </message>
    <message>
        <source>Lock or hide controls (a locked one is greyed out, a hidden one is gone):</source>
        <translation>Khóa hoặc ẩn điều khiển (điều khiển bị khóa hiện xám, điều khiển bị ẩn biến mất):</translation>
    </message>
    <message>
        <source>Control</source>
        <translation>Điều khiển</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Khóa</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ẩn</translation>
    </message>
    <message>
        <source>The project goes in without its {runs}: each learner trains it.</source>
        <translation>Dự án được đưa vào không kèm {runs} của nó: mỗi người học tự huấn luyện.</translation>
    </message>
    <message>
        <source>Your name (optional):</source>
        <translation>Tên bạn (không bắt buộc):</translation>
    </message>
    <message>
        <source>Save Hand-out…</source>
        <translation>Lưu bài phát…</translation>
    </message>
    <message>
        <source>Save the hand-out</source>
        <translation>Lưu bài phát</translation>
    </message>
    <message>
        <source>Wrote {file}. Give this one file to your learners: they open it with File &gt; Open or a double-click. When they are done, they send you their work (Lessons &gt; Hand In) and you check it with: deskdl check --handout {name} THEIR-FILES</source>
        <translation>Đã ghi {file}. Hãy đưa tệp này cho người học: họ mở bằng Tệp &gt; Mở hoặc nhấp đúp. Khi xong, họ gửi bài làm cho bạn (Bài học &gt; Nộp bài) và bạn kiểm tra bằng: deskdl check --handout {name} THEIR-FILES</translation>
    </message>
    <message>
        <source>The hand-out could not be made</source>
        <translation>Không tạo được bài phát</translation>
    </message>
    <message>
        <source>Give the exercise a title.</source>
        <translation>Hãy đặt tiêu đề cho bài tập.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{title}&lt;/b&gt; · {steps}&lt;br&gt;{summary}&lt;br&gt;&lt;br&gt;&lt;b&gt;Locked&lt;/b&gt; for the whole lesson: {lock}&lt;br&gt;&lt;b&gt;Hidden&lt;/b&gt; for the whole lesson: {hide}&lt;br&gt;Steps that lock or hide more: {more}&lt;br&gt;&lt;br&gt;The file: {file}&lt;br&gt;&lt;span style=&apos;color: gray&apos;&gt;To lock or hide other controls, copy the lesson file and change its lock and hide lines (see resources/lessons/README.md), then choose “A lesson file of your own”.&lt;/span&gt;</source>
        <translation>&lt;b&gt;{title}&lt;/b&gt; · {steps}&lt;br&gt;{summary}&lt;br&gt;&lt;br&gt;&lt;b&gt;Bị khóa&lt;/b&gt; suốt bài học: {lock}&lt;br&gt;&lt;b&gt;Bị ẩn&lt;/b&gt; suốt bài học: {hide}&lt;br&gt;Các bước khóa hoặc ẩn thêm: {more}&lt;br&gt;&lt;br&gt;Tệp: {file}&lt;br&gt;&lt;span style=&apos;color: gray&apos;&gt;Để khóa hoặc ẩn điều khiển khác, hãy sao chép tệp bài học và sửa các dòng lock và hide (xem resources/lessons/README.md), rồi chọn “Một tệp bài học của riêng bạn”.&lt;/span&gt;</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>không có</translation>
    </message>
    <message>
        <source>Tabs</source>
        <translation>Các thẻ</translation>
    </message>
    <message>
        <source>Build</source>
        <translation>Xây dựng</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Dữ liệu</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>Huấn luyện</translation>
    </message>
    <message>
        <source>Evaluate</source>
        <translation>Đánh giá</translation>
    </message>
    <message>
        <source>Inspect</source>
        <translation>Khảo sát</translation>
    </message>
    <message>
        <source>Text models (Train tab)</source>
        <translation>Mô hình văn bản (thẻ Huấn luyện)</translation>
    </message>
    <message>
        <source>Agents (Train tab)</source>
        <translation>Tác tử (thẻ Huấn luyện)</translation>
    </message>
    <message>
        <source>Hand in your work</source>
        <translation>Nộp bài làm của bạn</translation>
    </message>
    <message>
        <source>One file for your teacher: your project with all its runs, the trained models, the lesson&apos;s check results, the seed, and the versions of deskdl, Keras and TensorFlow. Your teacher can check it again and reproduce it.</source>
        <translation>Một tệp cho giáo viên: dự án của bạn với mọi lần chạy, các mô hình đã huấn luyện, kết quả kiểm tra của bài học, seed, và phiên bản của deskdl, Keras và TensorFlow. Giáo viên có thể kiểm tra lại và tái tạo nó.</translation>
    </message>
    <message>
        <source>Lesson:</source>
        <translation>Bài học:</translation>
    </message>
    <message>
        <source>(no lesson: the project only)</source>
        <translation>(không có bài học: chỉ dự án)</translation>
    </message>
    <message>
        <source>Your name:</source>
        <translation>Tên bạn:</translation>
    </message>
    <message>
        <source>so your teacher knows whose work it is</source>
        <translation>để giáo viên biết đây là bài của ai</translation>
    </message>
    <message>
        <source>Project:</source>
        <translation>Dự án:</translation>
    </message>
    <message>
        <source>Runs:</source>
        <translation>Lần chạy:</translation>
    </message>
    <message>
        <source>Trained models:</source>
        <translation>Mô hình đã huấn luyện:</translation>
    </message>
    <message>
        <source>Steps:</source>
        <translation>Các bước:</translation>
    </message>
    <message>
        <source>Seed:</source>
        <translation>Seed:</translation>
    </message>
    <message>
        <source>Versions:</source>
        <translation>Phiên bản:</translation>
    </message>
    <message>
        <source> (unsaved changes: it is saved first, so the newest trained model goes in)</source>
        <translation> (có thay đổi chưa lưu: dự án được lưu trước, để mô hình huấn luyện mới nhất được đưa vào)</translation>
    </message>
    <message>
        <source> (never saved: you are asked where to save it first, so its trained model goes in)</source>
        <translation> (chưa từng lưu: bạn sẽ được hỏi nơi lưu trước, để mô hình đã huấn luyện được đưa vào)</translation>
    </message>
    <message>
        <source>none yet (train the model first)</source>
        <translation>chưa có (hãy huấn luyện mô hình trước)</translation>
    </message>
    <message>
        <source>the newest trained model, written when the project is saved (Save Bundle does that first)</source>
        <translation>mô hình huấn luyện mới nhất, được ghi khi dự án được lưu (Lưu gói làm việc đó trước)</translation>
    </message>
    <message>
        <source>{n} file(s): {names}</source>
        <translation>{n} tệp: {names}</translation>
    </message>
    <message>
        <source>none (each run starts from different random weights)</source>
        <translation>không có (mỗi lần chạy bắt đầu từ trọng số ngẫu nhiên khác nhau)</translation>
    </message>
    <message>
        <source>{done} of {count} ticked</source>
        <translation>đã đánh dấu {done}/{count}</translation>
    </message>
    <message>
        <source>Save Bundle…</source>
        <translation>Lưu gói…</translation>
    </message>
    <message>
        <source>Not every step of the lesson is ticked yet ({done} of {count}). Hand in what you have now? (You can hand in a newer file later.)</source>
        <translation>Chưa phải bước nào của bài học cũng được đánh dấu ({done}/{count}). Nộp những gì bạn có bây giờ? (Bạn có thể nộp tệp mới hơn sau.)</translation>
    </message>
    <message>
        <source>Save the submission bundle</source>
        <translation>Lưu gói nộp bài</translation>
    </message>
    <message>
        <source>Your work is in {file}. Hand in this one file (by e-mail, on a USB stick or on your course&apos;s page). Your teacher checks it with: deskdl check {name}</source>
        <translation>Bài làm của bạn nằm trong {file}. Hãy nộp tệp này (qua e-mail, USB hoặc trang khóa học). Giáo viên kiểm tra bằng: deskdl check {name}</translation>
    </message>
    <message>
        <source>The bundle could not be written</source>
        <translation>Không ghi được gói</translation>
    </message>
    <message>
        <source>1 run</source>
        <translation>1 lần chạy</translation>
    </message>
    <message>
        <source>{n} runs</source>
        <translation>{n} lần chạy</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Chưa đặt tên</translation>
    </message>
    <message>
        <source>not installed</source>
        <translation>chưa cài</translation>
    </message>
    <message>
        <source>deskdl {deskdl}, Keras {keras}, TensorFlow {tf}, Python {python}</source>
        <translation>deskdl {deskdl}, Keras {keras}, TensorFlow {tf}, Python {python}</translation>
    </message>
    <message>
        <source>&amp;Check Hand-ins…</source>
        <translation>&amp;Chấm bài nộp…</translation>
    </message>
    <message>
        <source>Teachers: check learners&apos; submission bundles again, step by step, and open their projects</source>
        <translation>Dành cho giáo viên: kiểm tra lại gói nộp bài của người học, từng bước, và mở dự án của họ</translation>
    </message>
    <message>
        <source>Check hand-ins</source>
        <translation>Chấm bài nộp</translation>
    </message>
    <message>
        <source>Each learner&apos;s steps, checked again on what their bundle holds (as &apos;deskdl check&apos; does). Open a learner&apos;s project to see their runs and trained model, and to train it again.</source>
        <translation>Các bước của từng người học, được kiểm tra lại trên nội dung gói của họ (như &apos;deskdl check&apos; làm). Mở dự án của một người học để xem các lần chạy và mô hình đã huấn luyện, và để huấn luyện lại.</translation>
    </message>
    <message>
        <source>Add Bundles…</source>
        <translation>Thêm gói…</translation>
    </message>
    <message>
        <source>Grade Against a Hand-out…</source>
        <translation>Chấm theo một bài phát…</translation>
    </message>
    <message>
        <source>Use the lesson in your .deskdl-lesson file, not the copy inside each bundle (a learner could have edited that copy)</source>
        <translation>Dùng bài học trong tệp .deskdl-lesson của bạn, không dùng bản sao trong mỗi gói (người học có thể đã sửa bản sao đó)</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>Mở dự án</translation>
    </message>
    <message>
        <source>Open the selected learner&apos;s project, with its runs and trained model (a copy: the bundle stays as it is)</source>
        <translation>Mở dự án của người học đã chọn, với các lần chạy và mô hình đã huấn luyện (một bản sao: gói vẫn giữ nguyên)</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>Người học</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>Bài học</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Các bước</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <source>Lessons: {source}</source>
        <translation>Bài học: {source}</translation>
    </message>
    <message>
        <source>the installed course; a lesson it lacks comes from the copy in the bundle</source>
        <translation>khóa học đã cài; bài học nào thiếu thì lấy từ bản sao trong gói</translation>
    </message>
    <message>
        <source>the hand-out {file} (then the installed course)</source>
        <translation>bài phát {file} (sau đó là khóa học đã cài)</translation>
    </message>
    <message>
        <source>not a usable bundle: {reason}</source>
        <translation>không phải gói dùng được: {reason}</translation>
    </message>
    <message>
        <source>{passed} of {count}</source>
        <translation>{passed}/{count}</translation>
    </message>
    <message>
        <source>The learner&apos;s project could not be opened</source>
        <translation>Không mở được dự án của người học</translation>
    </message>
    <message>
        <source>(copy in the bundle)</source>
        <translation>(bản sao trong gói)</translation>
    </message>
</context>
</TS>
