ALTER POLICY profiles_select_own ON public.profiles USING (true);
