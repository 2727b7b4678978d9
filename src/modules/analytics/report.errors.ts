import { DomainError } from '../../common/errors/domain-error';

export const ReportErrors = {
  invalidSelection: (path: string, message: string, code = 'FIELD.INVALID') =>
    DomainError.invalid('REQUEST.INVALID', `${path} ${message}`, [{ path, message, code }]),
  opensAggregate: (path: 'stage' | 'notStage') =>
    DomainError.unprocessable(
      'REPORT.OPENS_AGGREGATE',
      'This workspace keeps opens in aggregate only: the report counts opens, not who opened, so there is no list of openers',
      [{ path, message: 'opens are counted in aggregate only: who opened is not kept' }],
    ),
};
