# Convene: build with the dev toolchain, run with production dependencies only, as a non-root user.
#   docker build -t convene .
#   docker run -p 8080:8080 -v convene-data:/app/data -e DISCORD_TOKEN=… -e DISCORD_APPLICATION_ID=… convene
# test/ops/container.test.ts replays these steps offline (no image can be pulled there).

FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY tsconfig.json tsconfig.build.json ./
COPY scripts ./scripts
COPY migrations ./migrations
COPY src ./src
RUN npm run build
RUN npm prune --omit=dev
RUN mkdir -p data

FROM node:20-bookworm-slim AS run
WORKDIR /app
ENV NODE_ENV=production \
    HTTP_HOST=0.0.0.0 \
    HTTP_PORT=8080 \
    DATABASE_URL=sqlite:/app/data/convene.db
COPY --from=build /app/package.json ./package.json
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY --from=build --chown=node:node /app/data ./data
USER node
VOLUME /app/data
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+process.env.HTTP_PORT+'/healthz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
CMD ["node", "dist/main.js"]
