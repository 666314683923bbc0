# Debian's nginx on this machine, with the web client's production configuration where it counts: frontend/nginx.conf
# and deploy/nginx/, the files docker-compose.yml mounts. Sourced by two-instances.sh (its proxy in front of both
# instances; is the production configuration valid?) and lighthouse.sh (the production build served as production
# serves it: compressed, with the same headers and cache rules).

# nginx_main_conf DIR: writes DIR/nginx.conf, the main configuration around the server block(s) in DIR/server.conf:
# nginx in the foreground, its pid, logs and temporary files in DIR, and the http {} part of the image's own nginx.conf
# that a server block relies on (MIME types).
nginx_main_conf() {
  local dir=$1
  cat >"$dir/nginx.conf" <<NGINX
daemon off;
worker_processes 1;
pid $dir/nginx.pid;
error_log $dir/error.log warn;
events { worker_connections 256; }
http {
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    access_log $dir/access.log;
    client_body_temp_path $dir/body; proxy_temp_path $dir/proxy; fastcgi_temp_path $dir/fastcgi;
    uwsgi_temp_path $dir/uwsgi; scgi_temp_path $dir/scgi;
    include $dir/server.conf;
}
NGINX
}

# nginx_web_conf DIR PORT BACKEND_PORT [HTML]: writes DIR/nginx.conf, a whole configuration around frontend/nginx.conf
# with only what Docker names replaced: listen on PORT, the backend at 127.0.0.1:BACKEND_PORT, the proxy parts from
# deploy/nginx/, the built web client in HTML (default: the image's folder, enough for `nginx -t`). Its workers run
# as nobody, so DIR and HTML must be open to other users.
nginx_web_conf() {
  local dir=$1 port=$2 backend=$3 html=${4:-/usr/share/nginx/html}
  mkdir -p "$dir"
  sed -e "s#/etc/nginx/zhw/#$ROOT/deploy/nginx/#" -e "s#server backend:8080;#server 127.0.0.1:$backend;#" \
    -e "s#listen 80;#listen $port;#" -e '/listen \[::\]:80;/d' -e "s#root /usr/share/nginx/html;#root $html;#" \
    "$ROOT/frontend/nginx.conf" >"$dir/server.conf"
  nginx_main_conf "$dir"
}

# nginx_launch DIR: checks DIR/nginx.conf and runs nginx with it in the background; NGINX_PID is its process.
NGINX_PID=""
nginx_launch() {
  local dir=$1
  nginx -t -q -c "$dir/nginx.conf" -e "$dir/error.log"
  nginx -c "$dir/nginx.conf" -e "$dir/error.log" &
  NGINX_PID=$!
}

# nginx_halt: stops the nginx that nginx_launch started, if it runs.
nginx_halt() {
  [ -z "$NGINX_PID" ] || { kill "$NGINX_PID" 2>/dev/null || true; wait "$NGINX_PID" 2>/dev/null || true; }
  NGINX_PID=""
}
