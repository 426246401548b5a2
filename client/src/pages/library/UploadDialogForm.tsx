import type { FormEvent, ReactNode, Ref } from 'react';
import { Modal } from '../../components/Modal';
import { UploadFooter, type UploadFooterProps } from '../../components/UploadFooter';
import { refuseDrop } from '../../components/files';

interface UploadDialogFormProps extends UploadFooterProps {
  title: string;
  testId: string;
  formRef: Ref<HTMLFormElement>;
  onSubmit: (event: FormEvent<HTMLFormElement>) => void;
  /** The dialog's fields. */
  children: ReactNode;
}

/**
 * A dialog holding an upload form: the fields, then the upload footer. Closing the dialog
 * aborts a running upload first.
 */
export function UploadDialogForm({
  title,
  testId,
  formRef,
  onSubmit,
  onClose,
  children,
  ...footer
}: UploadDialogFormProps) {
  const close = () => {
    footer.upload.cancel();
    onClose();
  };

  return (
    <Modal title={title} onClose={close} testId={testId}>
      <form
        ref={formRef}
        className="modal__form"
        onSubmit={onSubmit}
        noValidate
        // A file dropped beside the drop zone must not make the browser open it instead.
        onDragOver={refuseDrop}
        onDrop={(e) => e.preventDefault()}
      >
        <div className="modal__body">{children}</div>
        <UploadFooter {...footer} onClose={close} />
      </form>
    </Modal>
  );
}
