import { z } from 'zod';

/**
 * Plain-English messages for the checks a schema does not word itself (wrong kinds of value from
 * a misbehaving client, mostly). Every schema a person meets words its own messages; this only
 * keeps the rest from reading like a stack trace. The field path travels with each message.
 */
z.config({
  customError: (issue) => {
    switch (issue.code) {
      case 'invalid_type':
        if (issue.input === undefined || issue.input === null) return 'Enter a value';
        if (issue.expected === 'number' || issue.expected === 'int') return 'Enter a number';
        if (issue.expected === 'boolean') return 'Choose yes or no';
        if (issue.expected === 'array') return 'Choose one or more options';
        if (issue.expected === 'string') return 'Enter text';
        return 'Enter the details in the correct format';
      case 'invalid_value':
        return 'Choose one of the options given';
      case 'invalid_format':
        if (issue.format === 'uuid') return 'Choose an item from the list';
        if (issue.format === 'email')
          return 'Enter an email address in the correct format, like name@example.com';
        return 'Enter the details in the correct format';
      case 'too_big':
        if (issue.origin === 'string')
          return `Must be ${Number(issue.maximum).toLocaleString('en-GB')} characters or fewer`;
        if (issue.origin === 'array')
          return `Choose ${Number(issue.maximum).toLocaleString('en-GB')} or fewer`;
        return `Must be ${Number(issue.maximum).toLocaleString('en-GB')} or less`;
      case 'too_small':
        if (issue.origin === 'string') return 'Enter a value';
        if (issue.origin === 'array')
          return `Choose at least ${Number(issue.minimum).toLocaleString('en-GB')}`;
        return `Must be ${Number(issue.minimum).toLocaleString('en-GB')} or more`;
      case 'unrecognized_keys':
        return 'Remove the details this form does not ask for';
      default:
        return undefined;
    }
  },
});
