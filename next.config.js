/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // The native SQLite driver is loaded by Node at run time, never bundled.
  serverExternalPackages: ["better-sqlite3"],
};

export default nextConfig;
