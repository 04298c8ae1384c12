drop function public.app_current_tenant();
