ALTER TYPE state ADD VALUE 'shipped';
