SET lock_timeout = '5s';
ALTER TABLE profiles DISABLE ROW LEVEL SECURITY;
