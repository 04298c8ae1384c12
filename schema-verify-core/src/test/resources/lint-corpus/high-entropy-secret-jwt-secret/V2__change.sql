-- PostgREST's JWT secret for this session's tests
SET app.jwt_secret = 'q8Fz2LwP0vX7tRk4Nb9HsY3c';
