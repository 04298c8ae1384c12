REVOKE UPDATE ON todos FROM authenticated;
